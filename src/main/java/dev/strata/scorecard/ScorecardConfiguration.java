package dev.strata.scorecard;

import dev.strata.analytics.scorecard.ScorecardRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scorecard rules the API and plan's impact apply: the file {@code strata.scorecards.file} names, or the rules
 * shipped with Strata. A file with problems stops the start with every problem as {@code file:line: field: message}:
 * scoring platforms with half a rules file would show levels nobody defined.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScorecardProperties.class)
class ScorecardConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScorecardConfiguration.class);

    @Bean
    ScorecardRules scorecardRules(ScorecardProperties properties) {
        Path file = properties.file();
        if (file == null) {
            return ScorecardRulesFile.shipped();
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("strata.scorecards.file: cannot read " + file.toAbsolutePath() + " ("
                    + e.getMessage() + "); fix the path or unset it to use the shipped rules");
        }
        ScorecardRules rules = read(file.toString(), content);
        log.info("Scorecards: {} rules in levels {} from {}", rules.rules().size(), rules.levels(), file);
        return rules;
    }

    private static ScorecardRules read(String file, String content) {
        ScorecardRulesFile.Parsed parsed = ScorecardRulesFile.parse(file, content);
        if (parsed.rules() == null) {
            throw new IllegalStateException("the scorecard rules file has "
                    + parsed.problems().size()
                    + " problem(s); fix them or unset strata.scorecards.file:\n"
                    + parsed.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        }
        return parsed.rules();
    }
}
