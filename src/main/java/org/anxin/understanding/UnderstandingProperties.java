package org.anxin.understanding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code anxin.understanding.*}: which classifier reads typed words ({@code nearest} or
 * {@code linear}), where its probabilities become decisions ({@link Thresholds}), and {@code shipped-vectors}: the
 * examples' vectors made when the image was built ({@code warm-up --vectors}), read until the data folder has its own.
 */
@ConfigurationProperties("anxin.understanding")
@Validated
public record UnderstandingProperties(@DefaultValue("nearest") @NotNull TextClassifier.Method method,
        @DecimalMin("0") @DecimalMax("1") Double urgent, @DecimalMin("0") @DecimalMax("1") Double ask,
        @DecimalMin("0") @DecimalMax("1") Double sure, @DecimalMin("0") @DecimalMax("1") Double margin,
        @DecimalMin("0") @DecimalMax("1") Double suggest, java.nio.file.Path shippedVectors) {

    Thresholds thresholds() {
        Thresholds d = Thresholds.DEFAULTS;
        return new Thresholds(urgent != null ? urgent : d.urgent(), ask != null ? ask : d.ask(),
                sure != null ? sure : d.sure(), margin != null ? margin : d.margin(), suggest != null ? suggest : d.suggest());
    }
}
