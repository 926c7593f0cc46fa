package dev.strata.capability;

import dev.strata.capability.Capabilities.CapabilityFilter;
import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.Paging;
import dev.strata.platform.Platform;
import dev.strata.platform.Platforms;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of {@code Capability}, capability queries, {@code Platform.capabilities} and its count. */
@Controller
class CapabilityController {

    private final Capabilities capabilities;
    private final Platforms platforms;

    CapabilityController(Capabilities capabilities, Platforms platforms) {
        this.capabilities = capabilities;
        this.platforms = platforms;
    }

    @QueryMapping
    @Nullable
    Capability capability(@Argument String key) {
        return capabilities.find(key).orElse(null);
    }

    @QueryMapping
    Connection<Capability> capabilities(
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            @Argument @Nullable CapabilityFilter filter,
            @Argument @Nullable EntityOrder orderBy) {
        return capabilities.page(filter, EntityOrder.orDefault(orderBy), Paging.of(first, after));
    }

    @BatchMapping
    Map<Capability, Platform> platform(List<Capability> parents) {
        return BatchQuery.byParent(parents, Capability::key, platforms.providersOf(keys(parents)), null);
    }

    @BatchMapping
    Map<Capability, List<Capability>> dependencies(List<Capability> parents) {
        return BatchQuery.byParent(parents, Capability::key, capabilities.dependenciesOf(keys(parents)), List.of());
    }

    @BatchMapping
    Map<Capability, List<Capability>> dependents(List<Capability> parents) {
        return BatchQuery.byParent(parents, Capability::key, capabilities.dependentsOf(keys(parents)), List.of());
    }

    @BatchMapping(typeName = "Platform", field = "capabilities")
    Map<Platform, List<Capability>> capabilitiesOfPlatforms(List<Platform> parents) {
        return BatchQuery.byParent(
                parents,
                Platform::key,
                capabilities.providedBy(parents.stream().map(Platform::key).toList()),
                List.of());
    }

    @BatchMapping(typeName = "Platform", field = "capabilityCount")
    Map<Platform, Integer> capabilityCountOfPlatforms(List<Platform> parents) {
        return BatchQuery.byParent(
                parents,
                Platform::key,
                capabilities.countProvidedBy(parents.stream().map(Platform::key).toList()),
                0);
    }

    private static List<String> keys(List<Capability> capabilities) {
        return capabilities.stream().map(Capability::key).toList();
    }
}
