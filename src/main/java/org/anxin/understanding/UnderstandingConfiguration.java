package org.anxin.understanding;

import org.anxin.settings.AnxinProperties;
import org.anxin.settings.ServerOnly;
import org.anxin.evidence.analysis.SecondOpinion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * The language model starts loading in the background once the application has started ({@link ModelLoading});
 * health stays DOWN until it is ready. The examples' vectors are kept in the data folder (or shipped with the image),
 * so a start is ready in the few seconds the model takes to load.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnderstandingProperties.class)
class UnderstandingConfiguration {

    private final ModelLoading model = new ModelLoading(BgeEncoder::shared);

    @EventListener(ApplicationReadyEvent.class)
    void applicationStarted() {
        model.applicationStarted();
    }

    @Bean
    ModelUnderstanding understanding(UnderstandingContent content, UnderstandingProperties properties, AnxinProperties anxin) {
        return new ModelUnderstanding(content, model.wanted(), properties.method(), properties.thresholds(),
                ExampleVectorFile.inFolder(anxin.dataDir(), properties.shippedVectors()));
    }

    /** The analyzer's second opinion, asked of the model when a message is pasted (the model is made after the dialogs). */
    @Bean
    SecondOpinion secondOpinion(ObjectProvider<ModelUnderstanding> understanding) {
        return text -> understanding.getObject().abusive(text);
    }

    /** The server's health only: a command would otherwise read the dialogs and load the model for nobody to ask. */
    @Bean
    @ServerOnly
    HealthIndicator languageModel(ModelUnderstanding understanding) {
        return () -> understanding.ready() ? Health.up().build()
                : Health.down().withDetail("languageModel", understanding.failed() ? "failed to load" : "loading").build();
    }
}
