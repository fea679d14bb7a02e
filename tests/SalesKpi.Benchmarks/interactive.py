"""Times what a person waits for in LibreOffice: opening a workbook, and each click on its dashboard.

Run by the benchmark harness (`--interactive`, see README.md beside this file) with a manifest of
files. Every file is opened in one LibreOffice process, started here with its own profile. Each
result is one JSON line on stdout; progress goes to stderr. Cells are found by the workbook's
defined names, never by address, so the script keeps working when the layout moves.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException

REPEATS = 3
RECALC_SETTING = ("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode")
RECALC_ALWAYS = 0


class CapReached(Exception):
    """An action passed the time cap; LibreOffice was stopped to end it."""


def log(message):
    print(message, file=sys.stderr, flush=True)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """One headless LibreOffice, restarted only when an action passes the cap."""

    def __init__(self, profile, cap):
        self.profile = profile
        self.cap = cap
        self.process = None
        self.warm_up = None
        self.start()

    def start(self):
        self.pipe = "saleskpi-" + uuid.uuid4().hex  # a new pipe each time: the old one may linger
        self.process = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
             "-env:UserInstallation=" + self.profile,
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its own process group, so a stop ends soffice.bin too
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 120
        while True:
            try:
                self.context = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except (NoConnectException, DisposedException):  # not listening yet
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("LibreOffice did not start")
                time.sleep(0.2)
        smgr = self.context.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.context)
        self.config = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", self.context)
        if self.warm_up is not None:
            self.load(self.warm_up).close(True)  # a fresh process's first load pays for its start: not measured

    def stop(self):
        process = self.process
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def quit(self):
        try:
            self.desktop.terminate()
            self.process.wait(timeout=30)
        except Exception:  # noqa: BLE001 - whatever the bridge says, make sure it ends
            pass
        self.stop()

    def timed(self, action):
        """Seconds that action takes, or CapReached after LibreOffice was stopped at the cap."""
        stopped = threading.Event()

        def stop():
            stopped.set()
            self.stop()

        timer = threading.Timer(self.cap, stop)
        timer.start()
        try:
            began = time.perf_counter()
            action()
            return time.perf_counter() - began
        except Exception:
            if stopped.is_set():
                timer.join()  # LibreOffice is gone only once the stop has finished
                raise CapReached()
            raise
        finally:
            timer.cancel()

    def recalc_mode(self, mode=None):
        """Reads, or sets, how LibreOffice recalculates an .xlsx on load (0 always, 1 never, 2 ask)."""
        path, name = RECALC_SETTING
        access = self.config.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", path),))
        if mode is not None:
            access.setPropertyValue(name, mode)
            access.commitChanges()
        return access.getPropertyValue(name)

    def load(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError("LibreOffice could not open " + path)
        return doc


def best(office, attempt):
    """Best of REPEATS attempts, fewer once they have used the cap or one passed it; None if none finished."""
    times = []
    for i in range(REPEATS):
        if sum(times) > office.cap:
            break
        try:
            times.append(attempt(i))
        except CapReached:
            office.start()
            break
    return min(times) if times else None


def open_time(office, path):
    def attempt(_):
        holder = []
        seconds = office.timed(lambda: holder.append(office.load(path)))
        holder[0].close(True)
        return seconds
    return best(office, attempt)


class Workbook:
    """The workbook's input cells, found by their defined names, and the values a click sets them to."""

    def __init__(self, doc):
        self.doc = doc
        self.period = self.cell("Dashboard_Period")
        self.scope_kind = self.cell("Dashboard_ScopeKind")
        self.scope = self.cell("Dashboard_Scope")
        self.leaderboard = self.cell("Leaderboard_Kpi")
        kinds = self.list_of(self.scope_kind)
        self.team_kind = kinds[1]  # everyone, team, location, rep
        self.teams = [t for t in self.column("List_Teams") if t]
        shown = self.cell("Selected_Period").getValue()
        self.earlier = sorted((p for p in self.list_of(self.period) if isinstance(p, float) and 0 < p < shown),
                              reverse=True)
        current = self.leaderboard.getString()
        self.kpis = [k for k in self.list_of(self.leaderboard) if k and k != current]

    def cell(self, name):
        ranges = self.doc.NamedRanges
        if not ranges.hasByName(name):
            raise RuntimeError("the workbook has no defined name " + name)
        return ranges.getByName(name).ReferredCells.getCellByPosition(0, 0)

    def range(self, reference):
        """A range from a name or an address such as $Sheet.$A$1:$A$9, as a list validation gives it."""
        reference = reference.lstrip("=")
        if self.doc.NamedRanges.hasByName(reference):
            return self.doc.NamedRanges.getByName(reference).ReferredCells
        sheet, _, address = reference.rpartition(".")
        sheet = sheet.lstrip("$").strip("'")
        return self.doc.Sheets.getByName(sheet).getCellRangeByName(address.replace("$", ""))

    def column(self, reference):
        values = self.range(reference).getDataArray()
        return [row[0] for row in values]

    def list_of(self, cell):
        """The choices of a cell's list validation, as LibreOffice holds them."""
        formula = cell.getPropertyValue("Validation").getFormula1()
        if formula.startswith('"'):
            return [part.strip('"') for part in formula.split(";")]
        return self.column(formula)

    def set_scope(self, i):
        self.scope_kind.setString(self.team_kind)
        self.scope.setString(self.teams[i % len(self.teams)])
        self.doc.calculate()

    def set_period(self, i):
        self.period.setValue(self.earlier[i % len(self.earlier)])
        self.doc.calculate()

    def set_leaderboard(self, i):
        self.leaderboard.setString(self.kpis[i % len(self.kpis)])
        self.doc.calculate()

    def hard_recalc(self, _):
        self.doc.calculateAll()


ACTIONS = (("scope", Workbook.set_scope), ("period", Workbook.set_period),
           ("leaderboard", Workbook.set_leaderboard), ("hard", Workbook.hard_recalc))


def clicks(office, path, result):
    """Each click in turn on one open workbook, so each builds on the state the one before left."""
    book = None
    for key, action in ACTIONS:
        if book is None:
            try:
                holder = []
                office.timed(lambda: holder.append(office.load(path)))
                book = Workbook(holder[0])
            except CapReached:
                office.start()
                result[key] = None
                log("  %s: the workbook did not open within the cap" % key)
                continue

        def attempt(i):
            return office.timed(lambda: action(book, i))
        result[key] = best(office, attempt)
        if result[key] is None:
            book = None  # LibreOffice was restarted: the next click opens the workbook afresh
        log("  %s: %s" % (key, result[key]))
    if book is not None:
        book.doc.close(True)


def main():
    with open(sys.argv[1], encoding="utf-8") as manifest_file:
        manifest = json.load(manifest_file)
    office = Office(manifest["profile"], manifest["cap"])
    try:
        default_mode = office.recalc_mode()
        office.warm_up = manifest["files"][0]["values"]
        office.load(office.warm_up).close(True)  # the first load also sets up the profile: not measured
        for entry in manifest["files"]:
            log("%s rows, %s" % (entry["rows"], entry["order"]))
            result = {"rows": entry["rows"], "order": entry["order"]}
            result["values_open"] = open_time(office, entry["values"])
            result["open"] = open_time(office, entry["filled"])
            log("  open: %s (values only %s)" % (result["open"], result["values_open"]))
            office.recalc_mode(RECALC_ALWAYS)
            try:
                result["open_always"] = open_time(office, entry["filled"])
            finally:
                office.recalc_mode(default_mode)
            log("  open, always recalculate: %s" % result["open_always"])
            clicks(office, entry["filled"], result)
            print(json.dumps(result), flush=True)
    finally:
        office.quit()


if __name__ == "__main__":
    main()
