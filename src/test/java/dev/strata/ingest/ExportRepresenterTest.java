package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** The export's faster string representation writes what SnakeYAML's stock representer writes. */
class ExportRepresenterTest {

    @Test
    void everyKindOfStringIsWrittenAsTheStockRepresenterWritesIt() {
        List<String> values = List.of(
                "plain",
                "two\nlines",
                "trailing newline\n",
                "next line\u0085char",
                "line\u2028separator",
                "paragraph\u2029separator",
                "bell\u0007",
                "2025-01-01",
                "yes",
                "on",
                "~",
                "null",
                "123",
                "1.5e3",
                "- dash",
                "key: value",
                "# comment",
                "  padded  ",
                "",
                "Überweisung 🚀",
                "quote ' and \" both");
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            document.put("v" + i, values.get(i));
        }
        document.put("list", values);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setExplicitStart(true);

        String stock = new Yaml(options).dumpAll(List.of(document).iterator());
        String fast = new Yaml(new ExportRepresenter(options), options)
                .dumpAll(List.of(document).iterator());

        assertThat(fast).isEqualTo(stock).contains("two\n");
    }
}
