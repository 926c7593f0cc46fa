package dev.strata.web;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Server-level GraphQL fields. */
@Controller
class ServerController {

    @QueryMapping
    String strataVersion() {
        String version = ServerController.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @MutationMapping
    boolean ping() {
        return true;
    }
}
