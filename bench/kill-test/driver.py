"""Writes imports and verdicts until the app dies, recording each one answered 2xx; or checks them all.

write: two threads, each importing a unique article, then giving a verdict on one of its claims; every
       2xx answer is appended to the ledger (one JSON line) before the next request.
check: every ledger entry must be in the database, whole: the article with its text's SHA-256 and its claims,
       the verdict with its rationale; and no article of this test may be without claims.
"""
import base64, hashlib, json, sys, threading, urllib.request, urllib.error, uuid

base, password, ledger_path, round_name = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()
lock = threading.Lock()


def call(method, path, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": auth, "Content-Type": content_type, "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.loads(r.read() or b"null")


def record(entry):
    with lock, open(ledger_path, "a") as f:
        f.write(json.dumps(entry) + "\n")
        f.flush()


def article_text(tag):
    return (f"Kill test {tag}: Iran and Venezuela signed {len(tag)} trade agreements in Caracas on Tuesday, "
            f"the foreign ministry said in a statement.\n\nIran delivered 12 drones to Venezuela in 2020, "
            f"according to a report by the defence ministry ({tag}).\n\nOfficials said 40 engineers would "
            f"travel to Tehran in March to train local staff, reference {tag}.\n")


def writer():
    try:
        while True:
            tag = uuid.uuid4().hex
            text = article_text(tag)
            status, body = call("POST", "/api/articles", text.encode(), "text/plain; charset=utf-8")
            record({"kind": "article", "id": body["id"], "sha256": hashlib.sha256(text.encode()).hexdigest(), "round": round_name})
            status, page = call("GET", f"/api/claims?article={body['id']}&size=1")
            claim = page["items"][0]["id"]
            rationale = f"kill test verdict {tag}"
            status, _ = call("POST", f"/api/claims/{claim}/verdicts",
                             {"verdict": "CONTESTED", "rationale": rationale, "attribution": "UNCHECKED"})
            record({"kind": "verdict", "claim": claim, "rationale": rationale, "round": round_name})
    except (urllib.error.URLError, ConnectionError, OSError, KeyError, ValueError):
        return  # the app was killed: the request in flight was never acknowledged


def check():
    entries = [json.loads(line) for line in open(ledger_path)]
    articles = [e for e in entries if e["kind"] == "article"]
    verdicts = [e for e in entries if e["kind"] == "verdict"]
    for a in articles:
        status, body = call("GET", f"/api/articles/{a['id']}")
        assert body["sha256"] == a["sha256"], f"article {a['id']} has other text"
        assert body["claimCount"] > 0, f"article {a['id']} is stored without its claims"
    for v in verdicts:
        status, claim = call("GET", f"/api/claims/{v['claim']}")
        assert any(x["rationale"] == v["rationale"] for x in claim["verdicts"]), f"verdict on claim {v['claim']} lost"
    total, page = 0, 1
    while True:
        status, body = call("GET", f"/api/articles?page={page}&size=200")
        for a in body["items"]:
            assert a["claimCount"] > 0, f"article {a['id']} is there without claims"
        total += len(body["items"])
        if page * 200 >= body["total"]:
            break
        page += 1
    print(f"round {round_name}: {len(articles)} acknowledged imports and {len(verdicts)} verdicts all present; "
          f"{total} articles stored, none without claims", flush=True)


if sys.argv[1] == "write":
    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
else:
    try:
        check()
    except AssertionError as e:
        print(f"round {round_name}: FAILED: {e}", flush=True)
        sys.exit(1)
