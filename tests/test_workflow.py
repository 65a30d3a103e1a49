"""The publishing workflow: valid for GitHub (check-jsonschema's vendored schema, offline), built
the way the README says (push to main deploys, a pull request never does), and the README's
"Publishing (CI)" section lists exactly its triggers and steps."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW_PATH = ROOT / ".github" / "workflows" / "site.yml"
WORKFLOW = yaml.safe_load(WORKFLOW_PATH.read_text(encoding="utf-8"))
ON = WORKFLOW.get("on", WORKFLOW.get(True))        # YAML 1.1 reads the key `on` as True
README = (ROOT / "README.md").read_text(encoding="utf-8")
PUBLISHING = README.split("## Publishing (CI)", 1)[-1].split("\n## ", 1)[0] if "## Publishing (CI)" in README else ""
WATCHED = ["content/**", "generator/**", "site_templates/**", "mkdocs.yml", "pyproject.toml",
           "constraints.txt", "Makefile", "scripts/**", ".github/workflows/site.yml"]
BUILD, DEPLOY = WORKFLOW["jobs"]["build"], WORKFLOW["jobs"]["deploy"]
ON_MAIN = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"


def check_jsonschema() -> list[str]:
    found = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which("check-jsonschema")
    if found is None:
        pytest.fail("check-jsonschema is missing: it is in the `test` extra (make test installs it)")
    return [found, "--builtin-schema", "vendor.github-workflows"]


def steps_using(job: dict, action: str) -> list[dict]:
    return [s for s in job["steps"] if s.get("uses", "").split("@")[0] == action]


def readme_steps(job: str) -> list[str]:
    """The numbered list after "Job `job`" in the Publishing section: one line per step."""
    block = PUBLISHING.split(f"Job `{job}`", 1)[1]
    block = block.split("\n\n", 1)[1].split("\n\n", 1)[0]       # the list after the job's paragraph
    return [line for line in block.splitlines() if re.match(r"\d+\. ", line)]


# ------------------------------------------------------------------------------------------------
# Valid for GitHub


def test_workflow_passes_the_github_workflow_schema():
    result = subprocess.run([*check_jsonschema(), str(WORKFLOW_PATH)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


@pytest.mark.parametrize("breakage", [
    lambda wf: wf["jobs"]["build"].pop("runs-on"),
    lambda wf: wf["jobs"]["deploy"].update({"permissions": {"pages": "sometimes"}}),
    lambda wf: wf["jobs"]["build"]["steps"].append({"name": "nothing to do"}),
    lambda wf: wf.update({"on": {"push": {"branch": ["main"]}}}),
])
def test_workflow_schema_catches_a_broken_workflow(tmp_path, breakage):
    broken = yaml.safe_load(WORKFLOW_PATH.read_text(encoding="utf-8"))
    broken["on"] = broken.pop(True)
    breakage(broken)
    path = tmp_path / "site.yml"
    path.write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    result = subprocess.run([*check_jsonschema(), str(path)], capture_output=True, text=True)
    assert result.returncode == 1, result.stdout


@pytest.mark.parametrize("step", [s for job in WORKFLOW["jobs"].values() for s in job["steps"] if "uses" in s],
                         ids=lambda s: s["uses"])
def test_workflow_actions_are_pinned(step):
    action, _, ref = step["uses"].partition("@")
    assert action.startswith("actions/") and re.fullmatch(r"v\d+(\.\d+)*|[0-9a-f]{40}", ref), step["uses"]


# ------------------------------------------------------------------------------------------------
# Structure: what runs when


@pytest.mark.parametrize("event", ["push", "pull_request"])
def test_workflow_triggers_on_the_watched_paths(event):
    assert ON[event]["paths"] == WATCHED
    if event == "push":
        assert ON["push"]["branches"] == ["main"]


def test_workflow_pull_request_never_deploys():
    assert DEPLOY["needs"] == "build" and DEPLOY["if"] == ON_MAIN
    [pages] = steps_using(BUILD, "actions/upload-pages-artifact")
    assert pages["if"] == ON_MAIN and pages["with"]["path"] == "site/"
    [artifact] = steps_using(BUILD, "actions/upload-artifact")
    assert artifact["if"] == "github.event_name == 'pull_request'" and artifact["with"]["path"] == "site/"
    assert WORKFLOW["permissions"] == {"contents": "read"} and "permissions" not in BUILD


def test_workflow_deploy_job_has_pages_permissions_and_environment():
    assert DEPLOY["permissions"] == {"pages": "write", "id-token": "write"}
    assert DEPLOY["environment"]["name"] == "github-pages"
    assert DEPLOY["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert DEPLOY["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert [s["uses"].split("@")[0] for s in DEPLOY["steps"]] == ["actions/configure-pages", "actions/deploy-pages"]
    assert DEPLOY["steps"][-1]["id"] == "deployment"
    assert "cancel-in-progress" in WORKFLOW["concurrency"]


def test_workflow_runs_the_readme_commands_in_order():
    runs = [s["run"] for s in BUILD["steps"] if "run" in s]
    assert runs == ["make .venv/.installed", "make check", "scripts/setup-system", "make test", "make site"]
    for command in ("make site", "make test"):
        assert f"{command}    #" in README          # the README's "Two commands"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "STAMP   = $(VENV)/.installed" in makefile and "VENV   ?= .venv" in makefile


def test_workflow_keeps_the_extraction_cache_keyed_on_lock_generator_and_data():
    [cache] = [s for s in steps_using(BUILD, "actions/cache") if s["with"]["path"] == ".cache"]
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"].splitlines()
    for part in ("hashFiles('constraints.txt')", "hashFiles('generator/**')",
                 "hashFiles('content/register/**', 'content/lang/**')"):
        assert part in key
    # most specific first; each a prefix of the key; never the lock file alone across dependency changes
    assert [key.startswith(prefix) for prefix in restore] == [True, True]
    assert len(restore[0]) > len(restore[1]) and "generator/**" in restore[0] and "constraints.txt" in restore[1]
    assert all("content/" not in prefix for prefix in restore)
    order = [s.get("name") for s in BUILD["steps"]]
    assert order.index(cache["name"]) < order.index("Check content") < order.index("Run the tests") \
        < order.index("Build the site with the PDFs")


def test_workflow_build_runs_in_debian_as_root_for_setup_system():
    assert BUILD["runs-on"] == "ubuntu-latest" and DEPLOY["runs-on"] == "ubuntu-latest"
    assert re.fullmatch(r"python:3\.11-bookworm", BUILD["container"]["image"])
    assert "apt-get install" in (ROOT / "scripts" / "setup-system").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------------
# The README's "Publishing (CI)" section says exactly what the workflow does


def test_workflow_readme_publishing_section_exists():
    assert PUBLISHING and "`.github/workflows/site.yml`" in PUBLISHING


@pytest.mark.parametrize("event, opening", [("push", "- a push to `main`"),
                                            ("pull_request", "- a pull request"),
                                            ("workflow_dispatch", "- a manual run")])
def test_workflow_readme_lists_the_triggers(event, opening):
    [line] = [line for line in PUBLISHING.splitlines() if line.startswith(opening)]
    assert event in ON
    if event == "push":
        listed = re.findall(r"`([^`]+)`", line.split("any of", 1)[1].split(":", 1)[0])
        assert listed == ON["push"]["paths"]
        assert "deploy" in line
    elif event == "pull_request":
        assert "same paths" in line and ON["pull_request"]["paths"] == ON["push"]["paths"]
        assert "never deployed" in line and f"artifact `{steps_using(BUILD, 'actions/upload-artifact')[0]['with']['name']}`" in line
    else:
        assert "`workflow_dispatch`" in line and "`main`" in line


def test_workflow_readme_lists_no_other_trigger():
    assert sorted(ON) == ["pull_request", "push", "workflow_dispatch"]


@pytest.mark.parametrize("job", ["build", "deploy"])
def test_workflow_readme_lists_every_step_in_order(job):
    steps = WORKFLOW["jobs"][job]["steps"]
    lines = readme_steps(job)
    assert [re.match(r"\d+\. \*\*(.+?)\*\*", line).group(1) for line in lines] == [s["name"] for s in steps]
    for number, (line, step) in enumerate(zip(lines, steps), start=1):
        assert line.startswith(f"{number}. ")
        if "run" in step:
            assert f"`{step['run']}`" in line, line
        if step.get("uses", "").startswith("actions/cache@"):
            assert f"`{step['with']['path']}`" in line, line
        if "if" in step:
            assert ("pull requests only" if "== 'pull_request'" in step["if"] else "`main` only") in line, line


def test_workflow_readme_describes_the_build_environment_and_deploy_job():
    assert f"`{BUILD['runs-on']}`" in PUBLISHING and f"`{BUILD['container']['image']}`" in PUBLISHING
    for permission, level in DEPLOY["permissions"].items():
        assert f"`{permission}: {level}`" in PUBLISHING
    assert f"environment `{DEPLOY['environment']['name']}`" in PUBLISHING
