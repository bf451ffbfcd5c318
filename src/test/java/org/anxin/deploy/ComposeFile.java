package org.anxin.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * compose.yaml as Docker Compose reads it: YAML with anchors and merge keys, its {@code ${VAR}} references filled in
 * from an environment file ({@code ${VAR:-default}}, {@code ${VAR:?message}}, {@code $$} for a dollar sign).
 */
record ComposeFile(Map<String, Object> root, Set<String> referenced) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    /**
     * Reads {@code compose} with the variables of {@code envFile}; an empty value stands for a secret the operator
     * fills in, and reads as {@code standIn}.
     */
    static ComposeFile read(Path compose, Path envFile, String standIn) throws IOException {
        Map<String, String> env = envFile(envFile);
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(compose));
        Set<String> referenced = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) interpolate(raw, env, standIn, referenced);
        return new ComposeFile(root, referenced);
    }

    /** KEY=VALUE lines; blank lines and comments skipped. */
    static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(file + ": not KEY=VALUE: " + line);
            }
            env.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }
        return env;
    }

    private static Object interpolate(Object node, Map<String, String> env, String standIn, Set<String> referenced) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), interpolate(v, env, standIn, referenced)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(v -> interpolate(v, env, standIn, referenced)).toList();
        }
        if (node instanceof String text) {
            Matcher m = REFERENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value;
                if (m.group().equals("$$")) {
                    value = "$";
                } else {
                    String name = m.group(1);
                    referenced.add(name);
                    if (!env.containsKey(name) && !"-".equals(m.group(2)) && !":-".equals(m.group(2))) {
                        throw new AssertionError("compose.yaml uses ${" + name + "}, which .env.example does not list");
                    }
                    String given = env.get(name);
                    value = given == null ? m.group(3) : given.isEmpty() ? standIn : given;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> services() {
        return (Map<String, Object>) root.get("services");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        if (service == null) {
            throw new AssertionError("compose.yaml has no service " + name);
        }
        return service;
    }

    /** A service's environment as a map, whether written as a map or as KEY=VALUE items. */
    @SuppressWarnings("unchecked")
    Map<String, String> environment(String service) {
        Object env = service(service).get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int equals = entry.indexOf('=');
                out.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? "" : entry.substring(equals + 1));
            }
        }
        return out;
    }

    /** The services built from this repository's Dockerfile: the Anxin nodes. */
    List<String> anxinNodes() {
        return services().entrySet().stream().filter(e -> e.getValue() instanceof Map<?, ?> s && ".".equals(buildContext(s)))
                .map(Map.Entry::getKey).toList();
    }

    private static Object buildContext(Map<?, ?> service) {
        Object build = service.get("build");
        return build instanceof Map<?, ?> b ? b.get("context") : build;
    }
}
