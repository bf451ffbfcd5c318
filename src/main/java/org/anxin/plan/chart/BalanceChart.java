package org.anxin.plan.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import com.pngencoder.PngEncoder;
import org.anxin.dialog.ChineseScript;
import org.anxin.plan.Affordability;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The balance left after each month, one line per instalment option (12, 24, 36, 60 months, no continued
 * interest), as a PNG. Options that fit the budget are drawn solid in blues and greens; the others dashed and grey, so the
 * picture says at a glance which plans are within reach. Drawn for a phone: portrait, with large type and the legend
 * below, so that shown at a phone's width (about 360 px) its words stay about 12 px and up.
 */
public final class BalanceChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 900;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 34);
    private static final Font WORDS = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 24);

    /** One colour per option that fits, dark to light, so the lines stay apart. */
    private static final Color[] FITS = {new Color(0x0b, 0x4f, 0x6c), new Color(0x1f, 0x87, 0x8c),
        new Color(0x3a, 0xa1, 0x5c), new Color(0x8a, 0xb3, 0x2a)};
    private static final Color OVER = new Color(0x9e, 0x9e, 0x9e);
    /**
     * Deflate level 4 without row filters: for this picture, 9 ms and 86 KB, against 6 ms and 102 KB at level 1 and
     * 13 ms and 83 KB at level 6 (measured on a 2-core machine; ImageIO's encoder took 19 ms for the same 86 KB).
     */
    private static final int PNG_COMPRESSION_LEVEL = 4;

    private BalanceChart() {
    }

    /**
     * The chart as PNG bytes; {@code locale} is {@code zh-CN}, {@code zh-Hant} (the same words in traditional
     * characters) or {@code en} (anything else reads as English).
     */
    public static byte[] png(BigDecimal owed, BigDecimal monthlyBudget, String locale) {
        // Single-threaded: a chart is drawn inside a turn, and the turns already keep the cores busy.
        return new PngEncoder().withBufferedImage(image(owed, monthlyBudget, locale))
                .withCompressionLevel(PNG_COMPRESSION_LEVEL).withMultiThreadedCompressionEnabled(false).toBytes();
    }

    /** The chart as drawn, before encoding. */
    static BufferedImage image(BigDecimal owed, BigDecimal monthlyBudget, String locale) {
        boolean zh = locale != null && locale.startsWith("zh");
        UnaryOperator<String> script = ChineseScript.TRADITIONAL.equals(locale) ? ChineseScript::toTraditional : s -> s;
        List<Affordability.Option> options = Affordability.options(owed, monthlyBudget);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(zh ? script.apply("不同期数下，每个月后还剩多少") : "What is left to pay, month by month")
                .xAxisTitle(zh ? "月" : "Month")
                .yAxisTitle(zh ? script.apply("剩余欠款（元）") : "Left to pay (yuan)")
                .build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
        styler.setChartTitleFont(TITLE);
        styler.setAxisTitleFont(WORDS);
        styler.setLegendFont(WORDS);
        styler.setAxisTickLabelsFont(TICKS);
        styler.setXAxisTickMarkSpacingHint(90);
        styler.setYAxisTickMarkSpacingHint(90);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setAntiAlias(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setXAxisDecimalPattern("0");

        int fitting = 0;
        for (Affordability.Option option : options) {
            List<BigDecimal> left = Affordability.balances(owed, option);
            List<Integer> months = new ArrayList<>();
            List<Double> balance = new ArrayList<>();
            for (int k = 0; k < left.size(); k++) {
                months.add(k);
                balance.add(left.get(k).doubleValue());
            }
            String amount = option.monthly().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
            String name = zh
                    ? script.apply(option.months() + " 期，每期约 " + amount + " 元" + (option.fits() ? "（在预算内）" : "（超出预算）"))
                    : option.months() + " months, about " + amount + " a month" + (option.fits() ? " (fits)" : " (over budget)");
            XYSeries series = chart.addSeries(name, months, balance);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(option.fits() ? FITS[fitting++ % FITS.length] : OVER);
            series.setLineWidth(option.fits() ? 6f : 4f);
            if (!option.fits()) {
                series.setLineStyle(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {12f, 8f}, 0f));
            }
        }
        return BitmapEncoder.getBufferedImage(chart);
    }
}
