package dev.strata.backstage;

import dev.strata.backstage.Finding.Category;
import java.util.List;

/**
 * One warning of an import: a category, how many findings it has, and a sentence with the counts per topic, e.g.
 * {@code 6 entities of kinds Strata has no node for were skipped: AiResource 4, Environment 2}; each finding is
 * located.
 */
public record Warning(Category category, int count, String message, List<Finding> findings) {}
