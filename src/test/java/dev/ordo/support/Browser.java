package dev.ordo.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages. Without them the browser
 * tests are skipped, unless {@code -Dordo.browser.required=true} (as in CI), where their absence fails the build.
 */
public final class Browser {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	public static WebDriver start() throws IOException {
		boolean available = CHROMIUM.canExecute() && DRIVER.canExecute();
		if (!available && Boolean.getBoolean("ordo.browser.required")) {
			throw new IllegalStateException("Browser tests are required but /usr/bin/chromium or /usr/bin/chromedriver "
					+ "is missing: apt-get install chromium chromium-driver");
		}
		Assumptions.assumeTrue(available, "chromium and chromium-driver are not installed");
		Path profile = Files.createTempDirectory("ordo-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1100", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/** Keeps a picture of the page under target/browser for a person to look at. */
	public static void screenshot(WebDriver driver, String name) throws IOException {
		Path dir = Path.of("target", "browser");
		Files.createDirectories(dir);
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}
}
