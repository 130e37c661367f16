"""Drives the query playground in headless Chromium, as a person would, against a running server.

The server comes from BILLING_URL (default http://127.0.0.1:8080) or the first argument when run as a script.
Needs Debian's `chromium` and `chromium-driver` and `pip install -r requirements.txt`; `run.sh` beside this file
installs what is missing and runs it. One screenshot per state goes to artifacts/playground/ at the repository root
(ARTIFACTS_DIR overrides it). Any browser console error fails the run, except the one the broken-query step expects:
a GraphQL-over-HTTP server answers a query that does not parse with status 400, which Chromium logs as a failed load.

Run: `pytest Tests/Playground` or `python3 Tests/Playground/test_playground.py [URL]`.
"""

import json
import os
import re
import shutil
import sys
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE_URL = os.environ.get("BILLING_URL", "http://127.0.0.1:8080").rstrip("/") + "/"
ADMIN = ("admin@acme.test", "demo-password")
MEMBER = ("member@acme.test", "demo-password")
CSM = ("csm@portal.test", "demo-password")
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", Path(__file__).resolve().parents[2] / "artifacts" / "playground"))
TIMEOUT = 15


def graphql(query, variables=None, token=None):
    """Posts one GraphQL request straight to the server, for facts the page should show."""
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(BASE_URL + "graphql", data=body, method="POST")
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=TIMEOUT) as res:
        return json.loads(res.read())


def api_token(email, password):
    result = graphql(
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", {"e": email, "p": password}
    )
    return result["data"]["login"]["token"]


class Page:
    """The browser, the console log checks and the screenshots."""

    def __init__(self):
        chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        driver_path = shutil.which("chromedriver")
        assert chromium and driver_path, "install Debian's chromium and chromium-driver (see run.sh)"
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800",
                    "--disable-gpu", "--no-first-run"):
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        self.driver.set_window_size(1280, 800)
        self.wait = WebDriverWait(self.driver, TIMEOUT)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for old in ARTIFACTS.glob("*.png"):
            old.unlink()
        self.shots = 0

    def quit(self):
        self.driver.quit()

    def shot(self, name):
        self.shots += 1
        self.driver.save_screenshot(str(ARTIFACTS / f"{self.shots:02d}-{name}.png"))

    def console_errors(self, allow=()):
        """Errors the console logged since the last call, less those matching one of the `allow` patterns."""
        errors = []
        for entry in self.driver.get_log("browser"):
            if entry["level"] != "SEVERE":
                continue
            if any(re.search(pattern, entry["message"]) for pattern in allow):
                continue
            errors.append(entry["message"])
        return errors

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def visible(self, css):
        return self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def until(self, predicate, message):
        return self.wait.until(lambda d: predicate(), message)

    def set_query(self, text):
        """Types `text` into the editor from a cleared state (the editor auto-indents, so indentation is not typed)."""
        area = self.find("#query-input")
        area.click()
        area.send_keys(Keys.CONTROL, "a")
        area.send_keys(Keys.DELETE)
        area.send_keys(text)
        return area

    def sign_in(self, email, password):
        self.visible("#signin-email").clear()
        self.find("#signin-email").send_keys(email)
        self.find("#signin-password").clear()
        self.find("#signin-password").send_keys(password, Keys.ENTER)
        self.visible("#signed-in")
        self.until(lambda: self.find("body").get_attribute("data-schema") == "loaded", "the schema never loaded")

    def sign_out(self):
        self.find("#signout-button").click()
        self.visible("#signin-form")
        self.driver.execute_script("document.body.removeAttribute('data-schema')")

    def response_text(self):
        return self.find("#response-tree").text

    def run_with_keyboard(self, button=False):
        meta_before = self.find("#response-meta").text
        if button:
            self.find("#run-button").click()
        else:
            self.find("#query-input").send_keys(Keys.CONTROL, Keys.ENTER)
        self.until(
            lambda: re.search(r"HTTP \d+", self.find("#response-meta").text)
            and self.find("#response-meta").text != meta_before
            and self.find("body").get_attribute("data-running") is None,
            "no response shown after Ctrl+Enter",
        )

    def no_horizontal_overflow(self):
        return self.driver.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth + 1"
        )


_page = None


def page():
    global _page
    if _page is None:
        _page = Page()
        _page.driver.get(BASE_URL)
        _page.until(lambda: _page.find("body").get_attribute("data-ready") == "true", "the page never got ready")
    return _page


def teardown_module(module=None):
    global _page
    if _page is not None:
        _page.quit()
        _page = None


def test_signed_out_page_loads_clean():
    p = page()
    assert p.find("#signin-form").is_displayed()
    assert p.driver.switch_to.active_element.get_attribute("id") == "signin-email", "focus starts at the email field"
    assert p.no_horizontal_overflow()
    p.shot("signed-out")
    assert p.console_errors() == []


def test_admin_signs_in_and_sees_role_and_account():
    p = page()
    p.sign_in(*ADMIN)
    assert p.find("#viewer-email").text == ADMIN[0]
    assert p.find("#viewer-role").text == "BILLING_ADMIN"
    assert p.find("#viewer-account").text.strip() != ""
    assert not p.find("#access-notice").is_displayed(), "a Billing Admin gets no access notice"
    assert p.driver.execute_script("return !!sessionStorage.getItem('billingPortal.token')")
    p.driver.refresh()
    p.visible("#signed-in")
    p.until(lambda: p.find("body").get_attribute("data-schema") == "loaded", "a reload lost the session")
    assert p.find("#viewer-role").text == "BILLING_ADMIN"
    p.shot("signed-in-admin")
    assert p.console_errors() == []


def test_orders_example_runs_and_shows_order_numbers():
    p = page()
    p.find('[data-example="orders"]').click()
    query = p.find("#query-input").get_attribute("value")
    assert "AMOUNT" in query and "filter" in query
    variables = json.loads(p.find("#variables-input").get_attribute("value"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", variables["from"])
    p.run_with_keyboard()
    assert "HTTP 200" in p.find("#response-meta").text
    numbers = p.driver.execute_script(
        "return Array.from(document.querySelectorAll('#response-tree .json-key[data-key=number]'))"
        ".map(k => k.parentElement.nextElementSibling ? k.parentElement.nextElementSibling.textContent : '')"
    )
    assert numbers, "no order number in the response pane:\n" + p.response_text()[:500]
    assert all(re.fullmatch(r'"[^"]+"', n) for n in numbers), numbers
    assert p.find(".tok-keyword").text == "query", "the editor highlights keywords"
    p.shot("orders-example")
    assert p.console_errors() == []


def test_history_keeps_the_run_query():
    p = page()
    p.find("#tab-history").click()
    entry = p.visible("#history-list .history-entry")
    assert "Orders" in entry.text
    stored = p.driver.execute_script("return JSON.parse(localStorage.getItem('billingPortal.history'))")
    assert stored and "query Orders" in stored[0]["query"], stored
    p.set_query("{\nviewer {\nname\n}\n}")
    entry.click()
    assert "query Orders" in p.find("#query-input").get_attribute("value"), "a history entry reopens its query"
    assert '"from"' in p.find("#variables-input").get_attribute("value")
    p.find("#tab-examples").click()
    assert p.console_errors() == []


def test_history_and_drafts_never_keep_card_numbers_or_passwords():
    p = page()
    card = "4242424242424241"  # fails the Luhn check, so the server stores nothing
    p.set_query("mutation AddCard($card: CardInput!) { addPaymentMethod(input: { card: $card }) { userErrors { code } } }")
    variables = p.find("#variables-input")
    variables.clear()
    variables.send_keys(json.dumps({"card": {"number": card, "expMonth": 1, "expYear": 2031, "holderName": "Ada"}}))
    p.run_with_keyboard(button=True)
    assert "INVALID" in p.response_text(), p.response_text()[:500]
    password = "hunter2-Secret"
    p.set_query('mutation { login(email: "nobody@example.test", password: "' + password + '") { token } }')
    variables.clear()
    p.run_with_keyboard(button=True)
    stored = p.driver.execute_script(
        "return [localStorage.getItem('billingPortal.history'), localStorage.getItem('billingPortal.draft')].join(' ')")
    assert card not in stored and password not in stored, stored
    history = p.driver.execute_script("return JSON.parse(localStorage.getItem('billingPortal.history'))")
    assert json.loads(history[1]["variables"])["card"] == {"number": "", "expMonth": 1, "expYear": 2031, "holderName": "Ada"}
    assert 'password: ""' in history[0]["query"], history[0]
    assert password in p.find("#query-input").get_attribute("value"), "the editor itself keeps what was typed"
    p.sign_out()
    assert p.driver.execute_script("return localStorage.getItem('billingPortal.history')") is None
    p.find("#tab-history").click()
    assert "Queries you run appear here." in p.find("#history-list").text
    p.sign_in(*ADMIN)
    p.find("#tab-examples").click()
    assert p.console_errors() == []


def test_typing_a_field_prefix_suggests_the_field():
    p = page()
    area = p.set_query("{\naccount {\npaym")
    popup = p.visible("#ac-popup")
    labels = [e.text for e in popup.find_elements(By.CSS_SELECTOR, "li[role=option] .ac-label")]
    assert "paymentMethods" in labels, labels
    active = area.get_attribute("aria-activedescendant")
    assert active and p.find("#" + active).get_attribute("aria-selected") == "true", "the active option is announced"
    p.shot("autocomplete")
    area.send_keys(Keys.ENTER)
    assert area.get_attribute("value") == "{\n  account {\n    paymentMethods"
    assert not p.find("#ac-popup").is_displayed()
    p.set_query("{\nviewer {\ncanAcc")
    labels = [e.text for e in p.visible("#ac-popup").find_elements(By.CSS_SELECTOR, "li[role=option] .ac-label")]
    assert "canAccessBillingPortal" in labels and "name" not in labels, labels
    area.send_keys(Keys.ESCAPE)
    assert not p.find("#ac-popup").is_displayed()
    assert p.console_errors() == []


def test_explorer_shows_roles_of_account_payment_methods():
    p = page()
    p.find("#tab-explorer").click()
    search = p.visible("#explorer-search")
    search.send_keys("paymentMethods")
    p.visible('#panel-explorer [data-goto="Account.paymentMethods"]').click()
    field = p.visible('#panel-explorer [data-field="Account.paymentMethods"]')
    assert "BILLING_ADMIN" in field.text, field.text
    assert "PaymentMethod" in field.text
    assert p.driver.switch_to.active_element == field, "the explorer moves focus to the field it opened"
    p.shot("explorer-payment-methods")
    search.clear()
    search.send_keys(Keys.BACKSPACE)
    p.find("#tab-examples").click()
    assert p.console_errors() == []


def test_broken_query_is_marked_at_its_line():
    p = page()
    p.set_query("query Broken {\nviewer {\nname\nemail)\n}\n}")
    text = p.find("#query-input").get_attribute("value")
    assert text == "query Broken {\n  viewer {\n    name\n    email)\n  }\n}", repr(text)
    broken_line = 4
    p.run_with_keyboard()
    p.visible("#editor-errors .error-location")
    lines = [int(b.get_attribute("data-line")) for b in p.driver.find_elements(By.CSS_SELECTOR, "#editor-errors .error-location")]
    assert broken_line in lines, (broken_line, lines)
    marked = [e.text for e in p.driver.find_elements(By.CSS_SELECTOR, ".gutter .ln.has-error")]
    assert str(broken_line) in marked, marked
    underlined = p.driver.find_elements(By.CSS_SELECTOR, "pre.highlight .err")
    assert underlined and ")" in "".join(e.text for e in underlined)
    assert "Syntax Error" in p.find("#response-errors").text
    p.shot("broken-query")
    assert p.console_errors(allow=[r"/graphql - Failed to load resource: the server responded with a status of 400"]) == []


def test_operation_picker_chooses_among_several_operations():
    p = page()
    p.set_query("query First {\nviewer {\nname\n}\n}\nquery Second {\nviewer {\nemail\n}\n}")
    picker = p.visible("#operation-picker")
    options = [o.text for o in picker.find_elements(By.TAG_NAME, "option")]
    assert options == ["query First", "query Second"], options
    assert picker.get_attribute("value") == "Second", "the picker follows the caret"
    Select(picker).select_by_value("First")
    p.run_with_keyboard(button=True)
    keys = p.driver.execute_script(
        "return Array.from(document.querySelectorAll('#response-tree .json-key')).map(k => k.dataset.key)"
    )
    assert "name" in keys and "email" not in keys, keys
    assert p.console_errors() == []


def test_invoice_download_opens_in_a_new_tab():
    p = page()
    p.find('[data-example="invoices"]').click()
    p.run_with_keyboard()
    links = p.driver.find_elements(By.CSS_SELECTOR, "#response-tree a.json-link")
    assert links, "no invoice download link in the response pane"
    link = links[0]
    assert link.get_attribute("target") == "_blank"
    with urllib.request.urlopen(link.get_attribute("href"), timeout=TIMEOUT) as res:
        assert res.read(5) == b"%PDF-", "the download link serves a PDF without an Authorization header"
    main = p.driver.current_window_handle
    link.click()
    p.until(lambda: len(p.driver.window_handles) == 2, "the PDF did not open in a new tab")
    p.shot("invoices")
    for handle in p.driver.window_handles:
        if handle != main:
            p.driver.switch_to.window(handle)
            p.driver.close()
    p.driver.switch_to.window(main)
    # The PDF's own tab asks the server for a favicon; that is the browser's doing, not the page's.
    assert p.console_errors(allow=[r"/favicon\.ico - Failed to load resource"]) == []


def test_bad_variables_json_is_refused_before_sending():
    p = page()
    p.find('[data-example="orders"]').click()
    meta_before = p.find("#response-meta").text
    variables = p.find("#variables-input")
    variables.clear()
    variables.send_keys('{"from": 2026-01-01}')
    p.find("#run-button").click()
    message = p.visible("#variables-error").text
    assert "not valid JSON" in message and "line 1" in message, message
    assert p.find("#response-meta").text == meta_before, "nothing was sent"
    assert p.console_errors() == []


def test_member_is_told_who_the_billing_admins_are():
    p = page()
    p.sign_out()
    p.sign_in(*MEMBER)
    notice = p.visible("#access-notice")
    token = api_token(*MEMBER)
    account = graphql("{ viewer { account { billingAdmins { name email } customerSuccessManager { name } } } }",
                      token=token)["data"]["viewer"]["account"]
    admins = account["billingAdmins"]
    assert any(a["email"] == ADMIN[0] for a in admins)
    for admin in admins:
        assert admin["name"] in notice.text and admin["email"] in notice.text, notice.text
    if account["customerSuccessManager"]:
        assert account["customerSuccessManager"]["name"] in notice.text
    assert "Billing Admin" in notice.text
    assert p.find("#viewer-role").text == "MEMBER"
    p.shot("member-access-notice")
    assert p.console_errors() == []


def test_staff_examples_name_an_account_and_answer_without_errors():
    p = page()
    p.sign_out()
    p.sign_in(*CSM)
    assert p.find("#viewer-role").text == "CUSTOMER_SUCCESS"
    p.find("#tab-examples").click()
    p.find('[data-example="staff-account"]').click()
    p.until(lambda: "paste-an-account-id" not in p.find("#variables-input").get_attribute("value")
            and p.find("#variables-input").get_attribute("value").strip() != "", "no account id was filled in")
    account_id = json.loads(p.find("#variables-input").get_attribute("value"))["id"]
    token = api_token(*CSM)
    managed = graphql("{ accounts { nodes { id name } } }", token=token)["data"]["accounts"]["nodes"]
    assert account_id in [a["id"] for a in managed], (account_id, managed)
    p.run_with_keyboard()
    assert "HTTP 200" in p.find("#response-meta").text
    text = p.response_text()
    assert managed[0]["name"] in text and "totalCount" in text, text[:500]
    assert '"errors"' not in text and "errors" not in p.driver.execute_script(
        "return Array.from(document.querySelectorAll('#response-tree .json-key')).map(k => k.dataset.key)"), text[:500]
    p.find("#tab-examples").click()
    p.find('[data-example="staff-accounts"]').click()
    p.run_with_keyboard()
    assert all(a["name"] in p.response_text() for a in managed), p.response_text()[:500]
    p.shot("staff-account-example")
    assert p.console_errors() == []


def test_readable_on_a_phone_sized_window():
    p = page()
    p.driver.set_window_size(390, 844)
    time.sleep(0.3)
    assert p.no_horizontal_overflow(), "the page scrolls sideways at 390 px"
    assert p.find("#query-input").is_displayed() and p.find("#run-button").is_displayed()
    p.shot("phone-390")
    p.driver.set_window_size(1280, 800)
    assert p.console_errors() == []


if __name__ == "__main__":
    if len(sys.argv) > 1:
        BASE_URL = sys.argv[1].rstrip("/") + "/"
    tests = [v for k, v in list(globals().items()) if k.startswith("test_") and callable(v)]
    passed = failed = 0
    try:
        for test in tests:
            try:
                test()
                passed += 1
                print("PASS", test.__name__)
            except Exception as err:
                failed += 1
                print("FAIL", test.__name__, "-", repr(err)[:2000])
    finally:
        teardown_module()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
