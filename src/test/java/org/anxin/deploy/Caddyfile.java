package org.anxin.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of Caddy's configuration language that deploy/Caddyfile uses, read well enough to tell where a request
 * goes: site blocks, {@code handle} blocks with a single path matcher (or none), and the directives inside them.
 * Caddy tries {@code handle} blocks with a path matcher longest path first and one without a matcher last; paths match
 * exactly unless they hold {@code *}, case-insensitively.
 */
record Caddyfile(List<Directive> top) {

    /** A directive: its words on one line, and its block when it opens one. */
    record Directive(List<String> words, List<Directive> body) {

        String name() {
            return words.get(0);
        }

        List<String> args() {
            return words.subList(1, words.size());
        }

        Optional<Directive> child(String name) {
            return body.stream().filter(d -> d.name().equals(name)).findFirst();
        }
    }

    static Caddyfile read(Path file) throws IOException {
        Deque<List<Directive>> open = new ArrayDeque<>();
        Deque<Directive> blocks = new ArrayDeque<>();
        open.push(new ArrayList<>());
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            String code = line.strip().startsWith("#") ? "" : line.replaceAll("\\s#.*$", "").strip();
            if (code.isEmpty()) {
                continue;
            }
            List<String> words = Arrays.asList(code.split("\\s+"));
            if (code.equals("}")) {
                if (blocks.isEmpty()) {
                    throw new IllegalArgumentException(file + ":" + number + ": a '}' closes nothing");
                }
                open.pop();
                blocks.pop();
            } else if (words.get(words.size() - 1).equals("{")) {
                Directive block = new Directive(List.copyOf(words.subList(0, words.size() - 1)), new ArrayList<>());
                open.peek().add(block);
                blocks.push(block);
                open.push(block.body());
            } else {
                open.peek().add(new Directive(List.copyOf(words), List.of()));
            }
        }
        if (!blocks.isEmpty()) {
            throw new IllegalArgumentException(file + ": a block is not closed: " + blocks.peek().words());
        }
        return new Caddyfile(open.pop());
    }

    /** The site block for {@code address} as written (such as {@code {$SITE_ADDRESS}}). */
    Directive site(String address) {
        return top.stream().filter(d -> d.words().equals(List.of(address))).findFirst()
                .orElseThrow(() -> new AssertionError("no site block " + address + " in the Caddyfile"));
    }

    /** The handle block of {@code site} that serves {@code path}, if any does. */
    static Optional<Directive> route(Directive site, String path) {
        List<Directive> handles = site.body().stream().filter(d -> d.name().equals("handle")).toList();
        Optional<Directive> byPath = handles.stream().filter(h -> h.args().size() == 1)
                .sorted(Comparator.comparingInt((Directive h) -> h.args().get(0).length()).reversed())
                .filter(h -> matches(h.args().get(0), path)).findFirst();
        return byPath.or(() -> handles.stream().filter(h -> h.args().isEmpty()).findFirst());
    }

    static boolean matches(String pattern, String path) {
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse("");
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(path).matches();
    }
}
