package org.anxin.channel.wechat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Opens a safe-mode (安全模式) callback body: the envelope's {@code Encrypt} field, its message signature, and the AES
 * payload, which by WeChat's message-encryption scheme is random(16) + length(4) + message XML + the AppID it was
 * sealed for. That AppID must be ours: a message sealed with our key for another account is refused like a forged one.
 *
 * <p>Done here rather than by WxJava's {@code WxCryptUtil}, which decrypts the same way but leaves its AppID
 * comparison commented out (4.7.9.B), and whose envelope parser has no error handler, so the JDK's parser printed
 * "[Fatal Error] ..." on standard error, outside the redacting log, for every body with a DOCTYPE. WxJava still
 * reads the message itself and seals the passive answer.
 */
final class WechatSafeMode {

    /** WeChat pads the payload to a multiple of 32 bytes, PKCS#7 style. */
    private static final int PAD_BLOCK = 32;
    private static final int HEADER = 16 + 4;
    private static final DocumentBuilderFactory ENVELOPES = envelopeParsers();
    /** The body is refused with a 403 that says it all; the parser's own report would only be noise on stderr. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final String token;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] appId;

    WechatSafeMode(String token, String aesKey, String appId) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(aesKey);
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) {
            throw new IllegalStateException("anxin.wechat.aes-key is not an EncodingAESKey (43 characters of Base64)");
        }
        this.token = token;
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(raw, 0, 16);
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The message XML sealed in {@code body}.
     *
     * @throws WechatCallback.Refused when the body is no envelope, the message signature is wrong, the payload does
     *                                not decrypt to WeChat's layout, or it was sealed for another AppID
     */
    String open(String body, String timestamp, String nonce, String msgSignature) {
        String sealed = encryptField(body);
        byte[] expected = SHA1.gen(token, timestamp, nonce, sealed).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, msgSignature.getBytes(StandardCharsets.UTF_8))) {
            throw new WechatCallback.Refused();
        }
        byte[] plain = decrypt(sealed);
        int pad = plain[plain.length - 1] & 0xff;
        int end = plain.length - pad;
        if (pad < 1 || pad > PAD_BLOCK || end < HEADER) {
            throw new WechatCallback.Refused();
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || length > end - HEADER) {
            throw new WechatCallback.Refused();
        }
        byte[] sealedFor = Arrays.copyOfRange(plain, HEADER + length, end);
        if (!MessageDigest.isEqual(sealedFor, appId)) {
            throw new WechatCallback.Refused();
        }
        return new String(plain, HEADER, length, StandardCharsets.UTF_8);
    }

    private byte[] decrypt(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length == 0 || bytes.length % 16 != 0) {
                throw new WechatCallback.Refused();
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, iv);
            return cipher.doFinal(bytes);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new WechatCallback.Refused();
        }
    }

    /** The envelope's {@code Encrypt} text, read by a parser that refuses a DOCTYPE and reports nothing itself. */
    static String encryptField(String body) {
        try {
            DocumentBuilder parser;
            synchronized (ENVELOPES) {
                parser = ENVELOPES.newDocumentBuilder();
            }
            parser.setErrorHandler(SILENT);
            Document document = parser.parse(new InputSource(new StringReader(body)));
            NodeList fields = document.getDocumentElement().getElementsByTagName("Encrypt");
            String sealed = fields.getLength() == 1 ? fields.item(0).getTextContent().strip() : "";
            if (sealed.isEmpty()) {
                throw new WechatCallback.Refused();
            }
            return sealed;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new WechatCallback.Refused();
        }
    }

    private static DocumentBuilderFactory envelopeParsers() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot refuse a DOCTYPE", e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
