package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** Counting what fragments expand to, without expanding them. */
class FragmentExpansionTest {

    @Test
    void countsEveryFieldSelectionWithFragmentsExpanded() {
        assertThat(count("{ a b { c d } }")).isEqualTo(4);
        assertThat(count("{ ...F x: a } fragment F on Query { a b { c } }")).isEqualTo(4);
        assertThat(count("{ ... on Query { a ...F } } fragment F on Query { b }"))
                .isEqualTo(2);
        assertThat(count("{ a } query Other { b c }")).isEqualTo(3);
    }

    @Test
    void aFragmentBombIsMeasuredWithoutBeingExpanded() {
        assertThat(count(bomb(10))).isEqualTo(1024);
        assertThat(count(bomb(60))).as("2^60 selections, capped").isEqualTo(1_000_000);
    }

    @Test
    void cyclesAndUnknownFragmentsCountNothing() {
        assertThat(count("{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }"))
                .isEqualTo(2);
        assertThat(count("{ a ...Missing }")).isEqualTo(1);
    }

    /** A query of fragments that each spread the next one twice: 2^levels selections of one field. */
    static String bomb(int levels) {
        StringBuilder query = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < levels; i++) {
            query.append(" fragment F")
                    .append(i)
                    .append(" on Query { ...F")
                    .append(i + 1)
                    .append(" ...F")
                    .append(i + 1)
                    .append(" }");
        }
        return query.append(" fragment F")
                .append(levels)
                .append(" on Query { strataVersion }")
                .toString();
    }

    private static long count(String document) {
        return FragmentExpansion.fieldsOf(Parser.parse(document), 1_000_000);
    }
}
