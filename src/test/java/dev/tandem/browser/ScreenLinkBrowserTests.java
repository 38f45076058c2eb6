package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The safety department sets up a TV and gets its one-time link to copy with one click and as a QR code a phone's
 * camera reads, so nobody types a 40-character token on a remote control.
 */
@BrowserTest
class ScreenLinkBrowserTests extends BrowserJourney {

    ScreenLinkBrowserTests() {
        super(Browser::desktop);
    }

    @Test
    void theQrCodeOfANewScreenReadsAsTheLinkShownAndTheButtonCopiesIt() throws Exception {
        signIn("hse");
        open("/screens?lang=en");
        browser.findElement(By.id("name")).sendKeys("Rolling mill TV");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        var link = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("issued-link")))
                .getText();
        assertThat(link).startsWith(address("/screen/"));
        var qr = browser.findElement(By.cssSelector("[data-issued-qr] svg"));
        assertThat(qr.getAttribute("aria-label")).isEqualTo("QR code of the screen's link");
        assertThat(decode(qr.getScreenshotAs(OutputType.BYTES))).isEqualTo(link);

        browser.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        var copy = browser.findElement(By.cssSelector("[data-copy]"));
        assertThat(copy.getText()).isEqualTo("Copy link");
        copy.click();
        waitFor(ExpectedConditions.attributeToBe(copy, "data-done", "true"));
        assertThat(copy.getText()).isEqualTo("Copied");
        assertThat(browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[arguments.length - 1])"))
                .isEqualTo(link);
    }

    private static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}
