package com.printdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh headless Chromium per test, handed to test methods as a {@link WebDriver} parameter. Uses
 * the Debian packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); nothing is downloaded.
 */
public class Chromium implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Path BROWSER = Path.of(System.getProperty("printdesk.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("printdesk.chromedriver", "/usr/bin/chromedriver"));
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        ExternalTools.require("Chromium", BROWSER);
        ExternalTools.require("ChromeDriver", DRIVER);
        Path profile = Files.createTempDirectory("printdesk-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        context.getStore(NAMESPACE).put("driver", driver);
        context.getStore(NAMESPACE).put("profile", profile);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        WebDriver driver = context.getStore(NAMESPACE).remove("driver", WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
        Path profile = context.getStore(NAMESPACE).remove("profile", Path.class);
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get("driver", WebDriver.class);
    }
}
