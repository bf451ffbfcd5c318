package org.anxin;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.function.SingletonSupplier;

/**
 * Gives each Spring context of the tests an empty data folder of its own ({@code anxin.data-dir}), so that contexts
 * never share a store, and deletes it when the test JVM ends. As an initializer (what {@link AnxinSpringTest} uses) it
 * is the same for every test class, so classes whose configuration is otherwise the same share one cached context and
 * its folder; each test talks in conversations of its own there.
 */
public final class TestDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dir = TestFolders.newFolder("data-");
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("anxin test data folder", Map.of("anxin.data-dir", dir.toString())));
        TestFolders.closeBeforeDeleting(context);
    }

    /**
     * The same for a test class on a plain {@code @SpringBootTest}, from its {@code @DynamicPropertySource} method;
     * prefer {@link AnxinSpringTest}. Under that annotation this folder is never made: the initializer's comes first.
     */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("anxin.data-dir", SingletonSupplier.of(() -> TestFolders.newFolder("data-").toString()));
    }
}
