package org.anxin.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void theQrCodeIsAPngThatReadsBackAsTheLink() throws Exception {
        String link = "https://anxin.example.org/?start=h_abcdefghijklmnopqrST";
        byte[] png = QrCodes.png(link);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        var read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(read.getText()).isEqualTo(link);
    }
}
