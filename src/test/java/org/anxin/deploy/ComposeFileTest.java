package org.anxin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * compose.yaml, .env.example and deploy/Caddyfile, checked without Docker: every setting the nodes get is one the
 * application reads, both nodes get the same, and the proxy sends every path the application serves to both nodes.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** What an empty secret of .env.example reads as here: the operator fills it in. */
    private static final String STAND_IN = "filled-in-by-the-operator-0123456789abcdef";
    private static final Pattern READ_BY_NAME = Pattern.compile("(?:getProperty\\(\"|\\$\\{)(anxin\\.[a-z0-9.-]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(ANXIN_[A-Z0-9_]+)");

    private static ComposeFile compose;
    private static List<String> nodes;

    @BeforeAll
    static void read() throws IOException {
        compose = ComposeFile.read(ROOT.resolve("compose.yaml"), ROOT.resolve(".env.example"), STAND_IN);
        nodes = compose.anxinNodes();
    }

    @Test
    void twoNodesRunTheProjectsImageWithTheSameEnvironment() {
        assertThat(nodes).hasSize(2);
        Map<String, String> first = compose.environment(nodes.get(0));
        Map<String, String> second = compose.environment(nodes.get(1));
        assertThat(second).isEqualTo(first);
        // What one node seals, signs or stores, the other must read: one store, one data key, one link secret.
        assertThat(first).containsKeys("ANXIN_STORE_URL", "ANXIN_STORE_USERNAME", "ANXIN_STORE_PASSWORD",
                "ANXIN_PRIVACY_KEYS_K1", "ANXIN_PRIVACY_ACTIVE_KEY", "ANXIN_LETTERS_LINK_SECRET", "ANXIN_PUBLIC_URL");
        assertThat(first.get("ANXIN_PRIVACY_KEYS_K1")).isEqualTo(STAND_IN);
        assertThat(first.get("ANXIN_LETTERS_LINK_SECRET")).isEqualTo(STAND_IN);
        assertThat(first.get("ANXIN_PRIVACY_ACTIVE_KEY")).isEqualTo("k1");
        // Two nodes polling Telegram would take each other's updates.
        assertThat(first.get("ANXIN_TELEGRAM_MODE")).isEqualTo("webhook");
        // Evidence files are in the database: no folder is shared between the nodes.
        assertThat(compose.service(nodes.get(0)).get("volumes")).isNull();
    }

    @Test
    void theNodesUseTheComposeDatabaseWithItsCredentials() {
        Map<String, String> node = compose.environment(nodes.get(0));
        Map<String, String> db = compose.environment("db");
        assertThat(node.get("ANXIN_STORE_URL")).isEqualTo("jdbc:postgresql://db:5432/" + db.get("POSTGRES_DB"));
        assertThat(node.get("ANXIN_STORE_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
        assertThat(node.get("ANXIN_STORE_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD")).isEqualTo(STAND_IN);
    }

    @Test
    void everySecretComesFromTheEnvFileAndNothingElseIsAskedFor() throws IOException {
        Map<String, String> example = ComposeFile.envFile(ROOT.resolve(".env.example"));
        assertThat(example.keySet()).containsAll(compose.referenced());
        assertThat(example.keySet()).as("listed in .env.example but used by nobody").isSubsetOf(compose.referenced());
        for (String secret : List.of("ANXIN_STORE_PASSWORD", "ANXIN_PRIVACY_KEYS_K1", "ANXIN_LETTERS_LINK_SECRET",
                "ANXIN_TELEGRAM_WEBHOOK_SECRET", "ANXIN_WECHAT_SECRET", "ANXIN_METRICS_TOKEN")) {
            assertThat(example.get(secret)).as(secret + " is for the operator to choose").isEmpty();
        }
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
    }

    @Test
    void everyAnxinVariableTheNodesGetIsASettingTheApplicationReads() throws Exception {
        List<Class<?>> settings = settingsClasses();
        assertThat(settings).as("the @ConfigurationProperties records were found")
                .extracting(Class::getSimpleName).contains("AnxinProperties", "PrivacyProperties", "LettersProperties");
        Set<String> readByName = readByName();
        List<String> unread = new ArrayList<>();
        List<String> badValues = new ArrayList<>();
        Set<String> variables = new TreeSet<>();
        compose.services().keySet().forEach(s -> variables.addAll(compose.environment(s).keySet()));
        Map<String, String> values = compose.environment(nodes.get(0));
        for (String variable : variables) {
            if (!variable.startsWith("ANXIN_")) {
                continue;
            }
            assertThat(values).as(variable + " is set on the Anxin nodes").containsKey(variable);
            String value = values.get(variable).isEmpty() ? STAND_IN : values.get(variable);
            if (!boundBySettings(settings, variable, value, badValues) && !read(readByName, variable, value)) {
                unread.add(variable);
            }
        }
        assertThat(variables).as("the nodes' settings were checked").contains("ANXIN_STORE_URL", "ANXIN_PRIVACY_KEYS_K1");
        assertThat(badValues).as("values the settings cannot take").isEmpty();
        assertThat(unread).as("variables that no setting reads (a typo is silently ignored by Spring)").isEmpty();
    }

    @Test
    void aMistypedVariableIsCaught() throws Exception {
        List<String> badValues = new ArrayList<>();
        assertThat(boundBySettings(settingsClasses(), "ANXIN_LETTERS_LINKSECRETS", STAND_IN, badValues)).isFalse();
        assertThat(read(readByName(), "ANXIN_LETTERS_LINKSECRETS", STAND_IN)).isFalse();
        assertThat(boundBySettings(settingsClasses(), "ANXIN_LETTERS_LINK_SECRET", STAND_IN, badValues)).isTrue();
        assertThat(read(readByName(), "ANXIN_PUBLIC_URL", "https://anxin.example.org")).isTrue();
        assertThat(boundBySettings(settingsClasses(), "ANXIN_TELEGRAM_MODE", "sometimes", badValues)).isTrue();
        assertThat(badValues).hasSize(1);
    }

    @Test
    void theProxySendsEveryPathTheApplicationServesToBothNodes() throws Exception {
        Caddyfile.Directive site = caddySite();
        Set<String> upstreams = nodes.stream().map(n -> n + ":" + compose.environment(n).getOrDefault("PORT", "8080"))
                .collect(Collectors.toSet());
        Set<String> paths = servedPaths();
        assertThat(paths).as("the controllers were read").contains("/telegram/webhook", "/wechat/callback",
                "/files/x.x", "/api/web/conversations", "/api/web/conversations/x/messages", "/counselor/login", "/",
                "/index.html", "/actuator/health");
        for (String path : paths) {
            Caddyfile.Directive handle = Caddyfile.route(site, path)
                    .orElseThrow(() -> new AssertionError("the proxy serves no route for " + path));
            Caddyfile.Directive proxy = handle.child("reverse_proxy")
                    .orElseThrow(() -> new AssertionError(path + " is not passed to the nodes: " + handle.words()));
            assertThat(Set.copyOf(proxy.args())).as(path).isEqualTo(upstreams);
        }
    }

    @Test
    void theConsoleGoesToEitherNodeAndMetricsStayInside() throws Exception {
        Caddyfile.Directive site = caddySite();
        // Console sessions are in the shared database (Spring Session JDBC): no node needs to be sticky.
        for (String path : List.of("/counselor", "/counselor/login", "/counselor/handoffs/x/qr.png")) {
            Caddyfile.Directive proxy = Caddyfile.route(site, path).flatMap(h -> h.child("reverse_proxy")).orElseThrow();
            assertThat(proxy.child("lb_policy")).as(path).hasValueSatisfying(p -> assertThat(p.args().get(0)).isEqualTo("round_robin"));
        }
        for (String path : List.of("/actuator/prometheus", "/actuator", "/actuator/env", "/ACTUATOR/prometheus")) {
            Caddyfile.Directive handle = Caddyfile.route(site, path).orElseThrow();
            assertThat(handle.child("reverse_proxy")).as(path + " must not reach a node from outside").isEmpty();
        }
    }

    private static Caddyfile.Directive caddySite() throws IOException {
        Map<String, Object> proxy = compose.service("proxy");
        String mount = ((List<?>) proxy.get("volumes")).stream().map(String::valueOf)
                .filter(v -> v.contains(":/etc/caddy/Caddyfile")).findFirst()
                .orElseThrow(() -> new AssertionError("the proxy mounts no Caddyfile"));
        Path file = ROOT.resolve(mount.substring(0, mount.indexOf(':'))).normalize();
        assertThat(compose.environment("proxy")).containsKey("SITE_ADDRESS");
        return Caddyfile.read(file).site("{$SITE_ADDRESS}");
    }

    /** Every @ConfigurationProperties type of the application. */
    private static List<Class<?>> settingsClasses() throws IOException {
        return applicationClasses(ConfigurationProperties.class);
    }

    /**
     * The application's classes (not the tests') annotated with {@code annotation}, whatever their conditions say: a
     * channel that is off here (WeChat, Telegram) still has its paths and settings.
     */
    private static List<Class<?>> applicationClasses(Class<? extends java.lang.annotation.Annotation> annotation)
            throws IOException {
        AnnotationTypeFilter filter = new AnnotationTypeFilter(annotation);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(MetadataReader reader) throws IOException {
                return filter.match(reader, getMetadataReaderFactory());
            }
        };
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.anxin")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (!type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                found.add(type);
            }
        }
        return found;
    }

    /**
     * Whether Spring's own binder, given only {@code variable} as the environment, binds it to a setting of one of
     * {@code settings} (relaxed binding, as at start-up). A value the setting cannot convert goes to {@code bad}.
     */
    private static boolean boundBySettings(List<Class<?>> settings, String variable, String value, List<String> bad) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(variable, value)));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources));
        boolean[] bound = {false};
        AbstractBindHandler watch = new AbstractBindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
                if (context.getConfigurationProperty() != null) {
                    bound[0] = true;
                }
                return super.onSuccess(name, target, context, result);
            }

            @Override
            public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error)
                    throws Exception {
                if (context.getConfigurationProperty() != null && context.getConfigurationProperty().getName().equals(name)) {
                    bound[0] = true;
                    bad.add(variable + "=" + value + " as " + name + ": " + error.getMessage());
                }
                throw error;
            }
        };
        for (Class<?> type : settings) {
            ConfigurationProperties annotation = AnnotatedElementUtils.findMergedAnnotation(type, ConfigurationProperties.class);
            try {
                binder.bind(annotation.prefix(), Bindable.of(type), watch);
            } catch (RuntimeException e) {
                // One variable alone can fail a record's own checks (webhook mode without its secret): not a typo.
            }
        }
        return bound[0];
    }

    /** Settings read by name rather than bound (anxin.public-url), and variables the configuration names itself. */
    private static Set<String> readByName() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("src/main"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                Matcher name = READ_BY_NAME.matcher(text);
                while (name.find()) {
                    names.add(name.group(1));
                }
                Matcher variable = PLACEHOLDER.matcher(text);
                while (variable.find()) {
                    names.add(variable.group(1));
                }
            }
        }
        return names;
    }

    private static boolean read(Set<String> names, String variable, String value) {
        SystemEnvironmentPropertySource env = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, value));
        return names.stream().anyMatch(name -> value.equals(env.getProperty(name)));
    }

    /** The paths the application serves, with a stand-in for each path variable: controllers, static files, health. */
    private static Set<String> servedPaths() throws Exception {
        Set<String> paths = new TreeSet<>();
        for (Class<?> type : applicationClasses(Controller.class)) {
            RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            List<String> prefixes = base == null || base.path().length == 0 ? List.of("") : List.of(base.path());
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                List<String> ends = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
                for (String prefix : prefixes) {
                    for (String end : ends) {
                        String path = (prefix + (end.isEmpty() || end.startsWith("/") ? end : "/" + end))
                                .replaceAll("\\{[^}]+}", "x");
                        paths.add(path.isEmpty() ? "/" : path);
                    }
                }
            }
        }
        Path statics = ROOT.resolve("src/main/resources/static");
        try (Stream<Path> files = Files.walk(statics)) {
            files.filter(Files::isRegularFile).forEach(f -> paths.add("/" + statics.relativize(f).toString().replace('\\', '/')));
        }
        paths.add("/");
        paths.add("/actuator/health");
        return paths;
    }
}
