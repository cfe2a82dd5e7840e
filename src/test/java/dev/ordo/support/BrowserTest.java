package dev.ordo.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.ordo.support.Fixtures.TestUser;

/**
 * Base of the browser journeys: a Chromium per test (skipped without one unless {@code -Dordo.browser.required=true}),
 * and signing in and out through the real form.
 */
public abstract class BrowserTest extends IntegrationTest {

	protected WebDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		// A submitted form loads the next page, and htmx swaps parts of a page, while a condition may be reading an
		// element of the old one. Chrome reports that race either as a stale element or as an "unknown error" (the
		// node does not belong to the document); both mean "look again". A real failure still ends the wait with a
		// timeout that carries the last error.
		wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** Signs in with the fixtures' password; the process map is the start page. */
	protected void signIn(TestUser user) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(user.username());
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/processes"));
	}

	protected void signOut() {
		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
	}
}
