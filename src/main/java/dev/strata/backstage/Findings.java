package dev.strata.backstage;

import dev.strata.backstage.Finding.Category;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects findings and summarises them: one warning per category, with counts per topic. */
final class Findings {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::category)
            .thenComparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::field)
            .thenComparing(Finding::message);

    private final List<Finding> all = new ArrayList<>();

    void add(Category category, String file, int line, String field, String topic, String message) {
        all.add(new Finding(category, file, line, field, topic, message));
    }

    void add(Category category, Entity entity, String field, String topic, String message) {
        add(category, entity.file(), entity.lineOf(field), field, topic, message);
    }

    void addAll(List<Finding> findings) {
        all.addAll(findings);
    }

    /** Every finding, in a fixed order (category, file, line), so identical runs print identical output. */
    List<Finding> sorted() {
        return all.stream().sorted(ORDER).toList();
    }

    /** One warning per category, with its findings. */
    static List<Warning> summarise(List<Finding> findings) {
        Map<Category, List<Finding>> byCategory = new EnumMap<>(Category.class);
        findings.stream()
                .sorted(ORDER)
                .forEach(f -> byCategory
                        .computeIfAbsent(f.category(), c -> new ArrayList<>())
                        .add(f));
        List<Warning> warnings = new ArrayList<>();
        byCategory.forEach((category, list) -> {
            Map<String, Integer> counts = new TreeMap<>();
            list.forEach(f -> counts.merge(f.topic(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((topic, count) -> parts.add(topic + " " + count));
            warnings.add(new Warning(
                    category,
                    list.size(),
                    list.size() + " " + category.sentence() + ": " + String.join(", ", parts),
                    List.copyOf(list)));
        });
        return warnings;
    }
}
