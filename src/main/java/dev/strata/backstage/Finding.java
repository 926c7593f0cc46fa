package dev.strata.backstage;

/**
 * A warning about a Backstage catalog: something read as it is but not (fully) mapped, or a default applied. Never
 * blocks an import; the findings of one category are reported together, as one warning with counts.
 *
 * @param category what kind of gap this is
 * @param file     the descriptor's file
 * @param line     1-based line of the field or document (0: the whole file, or unknown for entities read over REST)
 * @param field    the field path, e.g. {@code spec.owner}; empty for a whole document or file
 * @param topic    what the counts of the category's warning are per, e.g. the entity kind or the field
 * @param message  the specific case, naming the entity and the value
 */
public record Finding(Category category, String file, int line, String field, String topic, String message) {

    /** Classes of findings, each with the sentence that introduces its counts. */
    public enum Category {
        NOT_AN_ENTITY("YAML documents that are not catalog entities were skipped"),
        UNREADABLE_FILE("files found in a folder that are not valid YAML were skipped"),
        INVALID_ENTITY("entities that break Backstage's own rules were skipped"),
        UNSUPPORTED_KIND("entities of kinds Strata has no node for were skipped"),
        URL_TARGET("Location targets that are URLs were not followed"),
        MISSING_TARGET("Location targets that name no file were skipped"),
        UNRESOLVED_REFERENCE("references to entities the catalog does not hold were dropped"),
        UNMAPPABLE_RELATION("relations the landscape model cannot express were dropped"),
        IGNORED_FIELD("spec fields Backstage does not define for the kind were ignored"),
        OWNER_DIFFERS("capabilities whose own owner differs from their platform's owner (the platform's owner counts)"),
        AMBIGUOUS("references with several candidates (the first was used)"),
        INVALID_VALUE("values Strata does not understand were replaced by defaults"),
        DEFAULTED("defaults were applied where the catalog says nothing"),
        SHORTENED("texts longer than the model allows were shortened"),
        RENAMED("entities whose short key was taken got a key ending in a hash of their entity ref");

        private final String sentence;

        Category(String sentence) {
            this.sentence = sentence;
        }

        /** The sentence of the category's summary warning, before the counts. */
        public String sentence() {
            return sentence;
        }
    }

    /** {@code file:line: field: message [CATEGORY]}, like problems. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message + " [" + category + "]";
    }
}
