package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.demo.DemoProperties;
import dev.tandem.identity.Logins;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The journey of a contractor's supervisor on a phone: sign in, find their people, switch to Russian. */
@BrowserTest
class SignInBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    SignInBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void aContractorSupervisorSignsInOnAPhoneAndSeesOnlyTheirPeople() {
        var supervisor = new Logins(context).viewer("contractor1");
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys("contractor1");
        browser.findElement(By.id("password")).sendKeys(DemoProperties.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), supervisor.displayName()));
        assertFitsTheWindow("the supervisor's start page");

        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.linkText("Registers")))
                .click();
        waitFor(ExpectedConditions.elementToBeClickable(By.linkText("People"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "People"));

        List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty();
        // the column by its header's text, which a phone's stacked table hides from sight but not from the page
        var headers = browser.findElements(By.cssSelector("thead th")).stream()
                .map(header -> header.getDomProperty("textContent").strip())
                .toList();
        var column = headers.indexOf(headers.stream()
                        .filter(header -> header.startsWith("Organisation"))
                        .findFirst()
                        .orElseThrow())
                + 1;
        var organisations = browser.findElements(By.cssSelector("tbody tr td:nth-child(" + column + ")")).stream()
                .map(WebElement::getText)
                .distinct()
                .toList();
        assertThat(organisations).hasSize(1);

        open("/people?lang=ru");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Люди");
    }

    @Test
    void aWrongPasswordSaysSoOnTheSignInPage() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("worker");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".alert-danger"), "The username or password is wrong"));
    }
}
