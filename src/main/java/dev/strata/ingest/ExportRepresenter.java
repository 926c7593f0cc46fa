package dev.strata.ingest;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * SnakeYAML's representer with a cheaper test for multi-line strings. The stock one runs a regular expression over
 * every string it writes, which was the largest part of exporting a landscape of 100,000 nodes (the profile of
 * {@code strata export} at scale M); a scan for the four line breaks answers the same. Strings that are multi-line
 * or not printable go to the stock representation, so the output is unchanged.
 */
final class ExportRepresenter extends Representer {

    ExportRepresenter(DumperOptions options) {
        super(options);
        Represent stock = representers.get(String.class);
        representers.put(String.class, data -> {
            String value = data.toString();
            return multiLine(value) || !StreamReader.isPrintable(value)
                    ? stock.representData(data)
                    : representScalar(Tag.STR, value, defaultScalarStyle);
        });
    }

    private static boolean multiLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
