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
    void thePngHoldsEveryPixelAsDrawn() throws IOException {
        BigDecimal owed = new BigDecimal("35000");
        BigDecimal budget = new BigDecimal("1500");
        BufferedImage drawn = BalanceChart.image(owed, budget, "zh-CN");

        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(BalanceChart.png(owed, budget, "zh-CN")));

        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                if ((drawn.getRGB(x, y) & 0xffffff) != (sent.getRGB(x, y) & 0xffffff)) {
                    throw new AssertionError("pixel " + x + "," + y + " changed in encoding");
                }
            }
        }
    }

    @Test
    void drawsEvenWhenNothingFits() {
        assertThat(BalanceChart.png(new BigDecimal("100000"), BigDecimal.ZERO, "en")).isNotEmpty();
    }
}
