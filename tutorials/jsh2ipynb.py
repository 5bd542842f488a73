#!/usr/bin/env python3
"""Builds notebooks/NN-topic.ipynb from tutorials/NN-topic.jsh, so both hold the same code.

In the .jsh, a run of lines starting with '/// ' (or a bare '///') is a markdown cell; the code
between two such runs is one code cell ('//%%' on its own line splits code cells; a code cell
whose first line is '//%% raises-exception' is tagged so). Outputs are filled in by executing
the notebook: jupyter nbconvert --to notebook --execute --inplace notebooks/NN-topic.ipynb
usage: tutorials/jsh2ipynb.py tutorials/NN-topic.jsh [...]
"""
import json
import pathlib
import sys


def cells(text):
    out, kind, buf = [], None, []

    def flush():
        if kind is None:
            return
        lines = buf[:]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            return
        tags = []
        if kind == "code" and lines[0].startswith("//%% raises-exception"):
            tags = ["raises-exception"]
            lines = lines[1:]
        src = [l + "\n" for l in lines]
        src[-1] = src[-1].rstrip("\n")
        if kind == "markdown":
            out.append({"cell_type": "markdown", "metadata": {}, "source": src})
        else:
            out.append({"cell_type": "code", "execution_count": None,
                        "metadata": {"tags": tags} if tags else {}, "outputs": [], "source": src})

    for line in text.splitlines():
        if line.startswith("///"):
            if kind != "markdown":
                flush(); kind, buf = "markdown", []
            buf.append(line[4:] if line.startswith("/// ") else line[3:])
        elif line.strip() == "//%%" or line.startswith("//%% "):
            flush(); kind, buf = "code", []
            if line.startswith("//%% "):
                buf.append(line)
        else:
            if kind != "code":
                flush(); kind, buf = "code", []
            buf.append(line)
    flush()
    return out


META = {
    "kernelspec": {"display_name": "torch4j (Java)", "language": "java", "name": "torch4j"},
    "language_info": {"name": "java", "file_extension": ".jsh", "mimetype": "text/x-java",
                      "codemirror_mode": "text/x-java", "pygments_lexer": "java"},
}

for arg in sys.argv[1:]:
    jsh = pathlib.Path(arg)
    nb = {"cells": cells(jsh.read_text()), "metadata": META, "nbformat": 4, "nbformat_minor": 4}
    target = jsh.parent.parent / "notebooks" / (jsh.stem + ".ipynb")
    target.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    print(target)
