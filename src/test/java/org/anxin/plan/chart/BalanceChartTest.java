package org.anxin.plan.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BalanceChartTest {

    @Test
    void drawsAPngOfTheExpectedSizeInBothLanguages() throws IOException {
        for (String locale : new String[] {"zh-CN", "en"}) {
            byte[] png = BalanceChart.png(new BigDecimal("35000"), new BigDecimal("1500"), locale);

            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(BalanceChart.WIDTH);
            assertThat(image.getHeight()).isEqualTo(BalanceChart.HEIGHT);
        }
    }

    @Test
    void drawsEvenWhenNothingFits() {
        assertThat(BalanceChart.png(new BigDecimal("100000"), BigDecimal.ZERO, "en")).isNotEmpty();
    }
}
