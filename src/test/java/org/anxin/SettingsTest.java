package org.anxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anxin.evidence.EvidenceProperties;
import org.anxin.settings.AnxinProperties;
import org.anxin.letter.LettersProperties;
import org.anxin.privacy.PrivacyProperties;
import org.anxin.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The {@code anxin.*} settings: secrets never printed, defaults from the annotations, bad values refused at start. */
@ProcessWide
@ExtendWith(OutputCaptureExtension.class)
class SettingsTest {

    /** A record component by one of these names holds a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|aeskey)|keys");

    /** Each settings record with a secret, and values for it: every value containing "SECRET" must not be printed. */
    static Stream<Arguments> recordsWithSecrets() {
        return Stream.of(
                arguments("org.anxin.settings.AnxinProperties", "anxin", Map.of("store.url",
                        "jdbc:postgresql://db/anxin?password=SECRET-in-url", "store.username", "anxin",
                        "store.password", "SECRET-store")),
                arguments("org.anxin.privacy.PrivacyProperties", "anxin.privacy", Map.of("active-key", "k1",
                        "keys.k1", "SECRET-key-one", "keys.k2", "SECRET-key-two")),
                arguments("org.anxin.channel.telegram.TelegramProperties", "anxin.telegram", Map.of(
                        "token", "123456:SECRET-token", "mode", "webhook", "webhook-secret", "SECRET-webhook")),
                arguments("org.anxin.channel.wechat.WechatProperties", "anxin.wechat", Map.of("app-id", "wx1234",
                        "secret", "SECRET-app", "token", "SECRET-token", "aes-key", "SECRET" + "a".repeat(37))),
                arguments("org.anxin.letter.LettersProperties", "anxin.letters", Map.of(
                        "link-secret", "SECRET-link-" + "b".repeat(32))),
                arguments("org.anxin.metrics.MetricsProperties", "anxin.metrics", Map.of(
                        "token", "SECRET-scrape-" + "c".repeat(32))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsWithSecrets")
    void toStringShowsWhetherASecretIsSetNeverItsValue(String type, String prefix, Map<String, String> values)
            throws ClassNotFoundException {
        Map<String, String> properties = values.entrySet().stream()
                .collect(Collectors.toMap(e -> prefix + "." + e.getKey(), Map.Entry::getValue));
        Object settings = new Binder(new MapConfigurationPropertySource(properties))
                .bind(prefix, Bindable.of(Class.forName(type))).get();

        assertThat(settings.toString()).doesNotContain("SECRET");
    }

    @Test
    void everySettingsRecordWithASecretIsAmongThoseChecked() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> withSecrets = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.anxin")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (holdsSecret(type)) {
                withSecrets.add(type.getName());
            }
        }
        Set<String> checked = recordsWithSecrets().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));

        assertThat(withSecrets).isEqualTo(checked);
    }

    private static boolean holdsSecret(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components != null && Arrays.stream(components).anyMatch(c -> SECRET_NAME.matcher(c.getName()).matches()
                || c.getType().getName().startsWith("org.anxin.") && holdsSecret(c.getType()));
    }

    @Test
    void defaultsComeFromTheAnnotations() {
        Binder empty = new Binder(new MapConfigurationPropertySource(Map.of()));

        AnxinProperties anxin = empty.bindOrCreate("anxin", AnxinProperties.class);
        assertThat(anxin.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(anxin.cacheMemory().toMegabytes()).isEqualTo(64L);
        assertThat(anxin.store().url()).isNull();
        assertThat(empty.bindOrCreate("anxin.privacy", PrivacyProperties.class).retention()).hasDays(90);
        assertThat(empty.bindOrCreate("anxin.limits", SecurityProperties.class).maxBodyBytes()).isEqualTo(65_536L);
        assertThat(empty.bindOrCreate("anxin.evidence", EvidenceProperties.class).maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(empty.bindOrCreate("anxin.letters", LettersProperties.class).linkLifetime()).hasDays(7);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AnxinProperties.class, PrivacyProperties.class, SecurityProperties.class,
            EvidenceProperties.class, LettersProperties.class})
    static class OnlySettings {
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                arguments("anxin.cache-memory=0MB", "must be more than 0 bytes"),
                arguments("anxin.zone=Mars/Olympus", "Mars/Olympus"),
                arguments("anxin.limits.chat-burst=-1", "must be greater than 0"),
                arguments("anxin.privacy.retention=1s", "must be longer than or equal to 1 hour"),
                arguments("anxin.letters.link-secret=short", "needs 32 characters or more"));
    }

    /** The start stops, and the report Spring Boot prints names the property, the value given and what is wrong. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueStopsTheStartAndTheReportNamesTheProperty(String setting, String reason, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OnlySettings.class)
                .web(WebApplicationType.NONE).run("--" + setting).close());

        assertThat(failure).isNotNull();
        String property = setting.substring(0, setting.indexOf('='));
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", property, reason);
    }
}
