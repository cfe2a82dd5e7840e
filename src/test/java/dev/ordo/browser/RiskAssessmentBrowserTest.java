package dev.ordo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.ordo.identity.Role;
import dev.ordo.support.Browser;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.BrowserTest;

/** The ISMS manager registers an asset, identifies a risk on it, rates it and finds it on the heat map. */
class RiskAssessmentBrowserTest extends BrowserTest {

	@Test
	void anAssetAndARiskAreCreatedAndRated() throws Exception {
		TestOrg org = fixtures().organization("Risk browser");
		TestUser manager = org.user(Role.ISMS_MANAGER);
		TestUser owner = org.user(Role.PROCESS_OWNER);
		signIn(manager);

		browser.findElement(By.linkText("Assets")).click();
		wait.until(ExpectedConditions.urlContains("/assets"));
		browser.findElement(By.id("new-asset")).click();
		wait.until(ExpectedConditions.urlContains("/assets/new"));
		browser.findElement(By.id("name")).sendKeys("Customer database");
		new Select(browser.findElement(By.id("type"))).selectByVisibleText("Information");
		new Select(browser.findElement(By.id("ownerId"))).selectByVisibleText(owner.displayName());
		new Select(browser.findElement(By.id("confidentiality"))).selectByValue("4");
		Browser.screenshot(browser, "risk-1-asset-form");
		browser.findElement(By.id("save-asset")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("protection")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Customer database");
		assertThat(browser.findElement(By.id("need-confidentiality")).getText()).contains("4 very high");

		browser.findElement(By.linkText("Identify a risk for this asset")).click();
		wait.until(ExpectedConditions.urlContains("/risks/new"));
		browser.findElement(By.id("title")).sendKeys("Customer data stolen through phishing");
		new Select(browser.findElement(By.id("threatKey"))).selectByValue("T-PHISH");
		new Select(browser.findElement(By.id("vulnerabilityKey"))).selectByValue("V-AWARE");
		new Select(browser.findElement(By.id("ownerId"))).selectByVisibleText(owner.displayName());
		Browser.screenshot(browser, "risk-2-risk-form");
		browser.findElement(By.id("save-risk")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ratings")));

		new Select(browser.findElement(By.id("likelihood"))).selectByValue("4");
		new Select(browser.findElement(By.id("consequence"))).selectByValue("4");
		browser.findElement(By.id("reason")).sendKeys("No awareness training yet");
		browser.findElement(By.id("save-rating")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "No awareness training yet"));
		assertThat(browser.findElement(By.id("rating-current")).getText()).contains("Likely", "Major", "High");
		Browser.screenshot(browser, "risk-3-rated");

		browser.findElement(By.linkText("Risks")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("heatmap")));
		assertThat(browser.findElement(By.id("cell-4-4")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("risks")).getText()).contains("Customer data stolen through phishing");
		Browser.screenshot(browser, "risk-4-register");

		// The heat map's count leads to the risks behind it.
		browser.findElement(By.cssSelector("#cell-4-4 a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cell-filter")));
		assertThat(browser.findElement(By.id("cell-filter")).getText()).contains("4 Likely × 4 Major");
		assertThat(browser.findElement(By.id("risks")).getText()).contains("Customer data stolen through phishing");
		assertThat(browser.findElement(By.id("cell-4-4")).getAttribute("class")).contains("selected");
		Browser.screenshot(browser, "risk-5-heat-map-cell");
		browser.findElement(By.id("clear-cell")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cell-filter")));
	}
}
