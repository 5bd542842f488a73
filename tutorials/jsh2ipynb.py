#!/usr/bin/env python3
"""Builds notebooks/NN-topic.ipynb from tutorials/NN-topic.jsh, then executes it in place.

In the script, lines starting with `//#` are the notebook's markdown (the text after `//# `);
the code between them becomes code cells, one per blank-line-separated block (a blank line
inside braces does not split), so the notebook
runs the very code of the script. Lines before the first `//#` are the script's own header.

    ./torch4j kernel install --prefix /tmp/k
    JUPYTER_PATH=/tmp/k/share/jupyter python3 tutorials/jsh2ipynb.py tutorials/01-tensors.jsh
"""
import json
import pathlib
import subprocess
import sys


def cells(lines):
    out, md, code = [], [], []

    def flush_code():
        while code and not code[-1].strip():
            code.pop()
        if code:
            out.append(("code", code[:]))
        code.clear()

    def flush_md():
        if md:
            out.append(("markdown", md[:]))
        md.clear()

    started = False
    depth = 0  # open braces: a class or method with blank lines inside stays one cell
    for line in lines:
        if line.startswith("//#"):
            started = True
            flush_code()
            md.append(line[4:] if line.startswith("//# ") else line[3:])
            continue
        if not started:
            continue
        flush_md()
        if not line.strip() and depth == 0:
            flush_code()
        else:
            code.append(line)
            depth += line.count("{") - line.count("}")
    flush_md()
    flush_code()
    return out


def notebook(jsh):
    result = []
    for kind, lines in cells(jsh.read_text().splitlines()):
        source = [l + "\n" for l in lines]
        source[-1] = source[-1].rstrip("\n")
        cell = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        result.append(cell)
    return {"cells": result, "metadata": {
        "kernelspec": {"display_name": "torch4j (Java)", "language": "java", "name": "torch4j"},
        "language_info": {"name": "java", "file_extension": ".jsh", "mimetype": "text/x-java",
                          "codemirror_mode": "text/x-java", "pygments_lexer": "java"}},
        "nbformat": 4, "nbformat_minor": 4}


def main():
    for arg in sys.argv[1:]:
        jsh = pathlib.Path(arg)
        target = jsh.parent.parent / "notebooks" / (jsh.stem + ".ipynb")
        target.write_text(json.dumps(notebook(jsh), indent=1, ensure_ascii=False) + "\n")
        subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", "--inplace",
                        "--ExecutePreprocessor.timeout=180", str(target)], check=True)
        print(target)


if __name__ == "__main__":
    main()
