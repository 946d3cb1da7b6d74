"""What the browser tests share: a headless Chromium, a tally of named checks, and signing in."""
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def chromium(window="1280,1800", console=False):
    """A headless Chromium as a person in Indonesia would open it; `console` keeps the browser's log."""
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={window}", "--lang=id-ID"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    if console:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def is_left(element):
    """Whether `element` belongs to a page the browser has left. Chromium sometimes answers a node of the page being
    left with an inspector error ("Node with given id does not belong to the document") instead of a stale reference,
    which Selenium's `staleness_of` does not catch."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error) or "No node with given id" in str(error):
            return True
        raise


class Checks:
    """Named checks, each printed as it is decided; the script exits non-zero when one failed."""

    def __init__(self):
        self.passed, self.failed = 0, 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            print(f"FAIL {name} {str(detail)[:1500]}")

    def summary(self, label):
        print(f"{label}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def sign_in(driver, base, username, password, timeout=15):
    """Signs in on the login page and waits until the page after it (or the refusal) is shown."""
    driver.delete_all_cookies()
    driver.get(base + "/masuk")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(driver, timeout).until(lambda d: "/masuk" not in d.current_url or 'role="alert"' in d.page_source)
    return "/masuk" not in driver.current_url
