package dev.strata.store;

import org.springframework.dao.TransientDataAccessException;

/**
 * The graph is not in the state a change was computed on (a node to change is gone, a relationship to delete is not
 * there): something wrote outside the landscape lock. The change must not be written half; the writer runs it again
 * on a fresh read of the graph.
 */
class StaleLandscapeException extends TransientDataAccessException {

    StaleLandscapeException(String message) {
        super("the graph changed while the change was computed: " + message);
    }
}
