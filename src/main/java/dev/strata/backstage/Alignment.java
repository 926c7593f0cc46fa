package dev.strata.backstage;

import dev.strata.backstage.Finding.Category;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The value stream a team is aligned to, when no {@code strata.dev/value-stream} says it: the domain the group
 * owns; else the domain of the systems it owns (the one most of them belong to); else its parent group's. Domains
 * become value streams, so this is how domains reach teams "through their systems". Several candidates on the
 * deciding level: the most frequent wins (then the smallest key), with a finding.
 */
final class Alignment {

    private final CatalogIndex index;
    private final Organisation organisation;
    private final Findings findings;
    private final Map<EntityRef, NodeRef> nodes;

    Alignment(CatalogIndex index, Organisation organisation, Findings findings, Map<EntityRef, NodeRef> nodes) {
        this.index = index;
        this.organisation = organisation;
        this.findings = findings;
        this.nodes = nodes;
    }

    /** The value stream and the descriptor that aligns the team to it (the domain's, a system's, or the parent's). */
    record Stream(NodeRef node, Entity source) {}

    Optional<Stream> of(Entity group) {
        return of(group, true, new HashSet<>());
    }

    private Optional<Stream> of(Entity group, boolean report, Set<EntityRef> seen) {
        if (!seen.add(group.ref())) {
            return Optional.empty();
        }
        List<Stream> owned = new ArrayList<>();
        for (Entity domain : index.ofKind("domain")) {
            if (organisation.owner(domain).filter(group.ref()::equals).isPresent()) {
                owned.add(new Stream(nodes.get(domain.ref()), domain));
            }
        }
        if (owned.isEmpty()) {
            for (Entity system : index.ofKind("system")) {
                if (organisation.owner(system).filter(group.ref()::equals).isPresent()) {
                    index.peek(system, "domain", "domain").stream()
                            .map(CatalogIndex.Target::entity)
                            .filter(d -> d != null && d.kindKey().equals("domain"))
                            .findFirst()
                            .ifPresent(domain -> owned.add(new Stream(nodes.get(domain.ref()), system)));
                }
            }
        }
        if (owned.isEmpty()) {
            return organisation
                    .parent(group.ref())
                    .flatMap(index::get)
                    .flatMap(parent -> of(parent, false, seen))
                    .map(stream -> new Stream(stream.node(), group));
        }
        Map<String, Integer> counts = new TreeMap<>();
        owned.forEach(s -> counts.merge(s.node().key(), 1, Integer::sum));
        String chosen = counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
        if (counts.size() > 1 && report) {
            findings.add(
                    Category.AMBIGUOUS,
                    group,
                    "",
                    "value stream",
                    group.ref() + " owns what belongs to" + " several domains " + counts + ": aligned to '" + chosen
                            + "'");
        }
        return owned.stream().filter(s -> s.node().key().equals(chosen)).findFirst();
    }
}
