package org.anxin.understanding;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anxin.understanding.*}: which classifier reads typed words ({@code nearest} or
 * {@code linear}) and where its probabilities become decisions ({@link Thresholds}).
 */
@ConfigurationProperties("anxin.understanding")
public record UnderstandingProperties(TextClassifier.Method method, Double urgent, Double ask, Double sure, Double margin,
        Double suggest) {

    public UnderstandingProperties {
        method = method != null ? method : TextClassifier.Method.NEAREST;
    }

    Thresholds thresholds() {
        Thresholds d = Thresholds.DEFAULTS;
        return new Thresholds(urgent != null ? urgent : d.urgent(), ask != null ? ask : d.ask(),
                sure != null ? sure : d.sure(), margin != null ? margin : d.margin(), suggest != null ? suggest : d.suggest());
    }
}
