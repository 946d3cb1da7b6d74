#!/usr/bin/env python3
"""Mixed use of a running e-SAKIP server by simulated users (issue 12 load bench).

Each user signs in as an office operator and, for the given time, reads the office-year pages,
saves quarterly realisations of cells of its own (with the version its form showed), saves a pasted
table back (the staff table) and downloads documents. At the end every acknowledged realisation is
looked up in the office-year export: an acknowledged save that is not there is a lost update.
Prints counts, errors, latency per kind, refusals and lost updates as JSON on the last line.
"""
import argparse, html, http.client, json, random, re, statistics, threading, time, urllib.parse

PAGES = ["", "/realisasi", "/pk/ketua", "/pk/sekretaris", "/anggaran", "/data", "/pemilu", "/analisis", "/profil",
         "/dokumen", "/jejak"]


class User:
    def __init__(self, host, port, account):
        self.conn = http.client.HTTPConnection(host, port, timeout=120)
        self.cookies = {}
        self.account = account

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                if attempt:
                    raise
                self.conn.close()
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name] = rest.split(";")[0]
        return response.status, data

    def form(self, path, fields):
        body = urllib.parse.urlencode(fields)
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    @staticmethod
    def hidden(page, name):
        match = re.search(rf'name="{name}" value="([^"]*)"', page)
        return html.unescape(match.group(1)) if match else ""

    def login(self, password):
        _, page = self.request("GET", "/masuk")
        status, _ = self.form("/masuk", {"username": self.account, "password": password,
                                         "_csrf": self.hidden(page.decode(), "_csrf")})
        if status != 303:
            raise SystemExit(f"sign-in of {self.account} answered {status}")


def percentile(values, fraction):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--users", type=int, default=24)
    parser.add_argument("--password", default="sakip-demo")
    parser.add_argument("--accounts", default="operator.asahan,operator.pematangsiantar,operator.pagaralam")
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()

    # Each operator's office (from its office list), and the cells users own: (indicator, quarter) of a
    # percentage indicator of the PK, dealt out so that no two users share one.
    offices, cells = [], {}
    for account in args.accounts.split(","):
        reader = User("127.0.0.1", args.port, account)
        reader.login(args.password)
        _, page = reader.request("GET", "/kantor")
        code = re.search(rf'href="/kantor/([^/"]+)/{args.year}"', page.decode()).group(1)
        offices.append((account, code))
        _, data = reader.request("GET", f"/kantor/{code}/{args.year}/ekspor.json")
        document = json.loads(data)
        agreement = next((a for a in document.get("agreements", []) if a.get("level") == "ketua"), None) or \
            (document.get("agreements") or [{}])[0]
        ids = [row["indicatorId"] for row in agreement.get("rows", []) if "%" in str(row.get("target", ""))]
        cells[code] = [(i, q) for i in ids for q in (1, 2, 3, 4)]

    stats = {kind: [] for kind in ("page", "save", "table", "document")}
    counters = {"errors": 0, "refused": 0, "acknowledged": 0, "requests": 0}
    error_samples = []
    acknowledged = {}  # (office, indicator, quarter) -> last value acknowledged
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def run(index):
        account, code = offices[index % len(offices)]
        sharing = max(1, (args.users - index % len(offices) + len(offices) - 1) // len(offices))
        mine = cells[code][index // len(offices)::sharing]
        user = User("127.0.0.1", args.port, account)
        user.login(args.password)
        rng = random.Random(index)
        base = f"/kantor/{code}/{args.year}"
        serial = 0
        while time.monotonic() < deadline:
            roll = rng.random()
            started = time.perf_counter()
            if roll < 0.70 or not mine:
                kind, path = "page", base + rng.choice(PAGES)
                status, _ = user.request("GET", path)
                ok = status == 200
            elif roll < 0.88:
                kind = "save"
                indicator, quarter = rng.choice(mine)
                _, page = user.request("GET", base + "/realisasi")
                page = page.decode()
                serial += 1
                value = f"{serial % 100},{index % 100:02d} %"
                status, _ = user.form(base + "/realisasi", {
                    "indicatorId": indicator, "quarter": str(quarter), "value": value,
                    "explanation": f"uji beban {index}-{serial}", "_csrf": user.hidden(page, "_csrf"),
                    "_version": user.hidden(page, "_version")})
                ok = status in (303, 409)
                with lock:
                    if status == 303:
                        counters["acknowledged"] += 1
                        acknowledged[(code, indicator, quarter)] = value
                    elif status == 409:
                        counters["refused"] += 1
            elif roll < 0.95:
                kind = "table"
                _, page = user.request("GET", base + "/data/pegawai")
                page = page.decode()
                match = re.search(r'<textarea[^>]*name="rows"[^>]*>(.*?)</textarea>', page, re.S)
                status, _ = user.form(base + "/data/pegawai", {
                    "rows": html.unescape(match.group(1)) if match else "", "_csrf": user.hidden(page, "_csrf"),
                    "_version": user.hidden(page, "_version")})
                ok = status in (303, 409)
            else:
                kind = "document"
                status, data = user.request("GET", base + "/dokumen/" + rng.choice(["lkj.docx", "lkj.xlsx", "pk-ketua.docx"]))
                ok = status == 200 and data[:2] == b"PK"
            elapsed = time.perf_counter() - started
            with lock:
                counters["requests"] += 1
                stats[kind].append(elapsed)
                if not ok:
                    counters["errors"] += 1
                    if len(error_samples) < 10:
                        error_samples.append(f"{kind} {status}")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(args.users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # Every acknowledged value must be the stored one (each cell has one writer, so the last acknowledged wins).
    lost = 0
    for account, code in offices:
        reader = User("127.0.0.1", args.port, account)
        reader.login(args.password)
        _, data = reader.request("GET", f"/kantor/{code}/{args.year}/ekspor.json")
        stored = {(r.get("indicatorId"), r.get("quarter")): r.get("value") for r in json.loads(data).get("realisations", [])}
        for (office, indicator, quarter), value in acknowledged.items():
            if office != code:
                continue
            number = value.replace(" %", "").replace(",", ".")
            got = stored.get((indicator, quarter))
            if got is None or f"{float(str(got).replace('%', '').replace(',', '.').strip()):.2f}" != f"{float(number):.2f}":
                lost += 1
    summary = {"seconds": args.seconds, "users": args.users, **counters, "lost_updates": lost,
               "error_samples": error_samples,
               "latency_ms": {kind: {"n": len(v), "p50": round(1000 * percentile(v, 0.5), 1) if v else None,
                                     "p99": round(1000 * percentile(v, 0.99), 1) if v else None}
                              for kind, v in stats.items()}}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
