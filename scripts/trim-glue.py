#!/usr/bin/env python3
"""trunk post_build hook (release builds only): trims what wasm-bindgen generates around the app,
in the wasm and its JavaScript glue (about 9 KB gzip in all):

1. Leptos's server_fn crate (never used here: the app has no server) brings wasm-streams, whose
   three `IntoUnderlying*` classes wasm-bindgen exports to JavaScript with their wasm functions.
   Their exports are removed from the wasm, wasm-opt drops the code only they reached (and the
   imports only that code called), and the classes and those imports leave the glue. So do the
   exports wasm-bindgen 0.2.130 adds or keeps and the glue never names (a marker for wasm-split,
   an abort-handler hook, `__wbindgen_free`): unexported, their globals fold into the code that
   read them, and code only JavaScript could have called goes.
2. wasm-bindgen names each import `__wbg_<name>_<16 hex digits>` and each closure entry point
   `wasm_bindgen__convert__closures_____invoke__h<16 hex digits>`, or (0.2.130) spells out the
   closure's whole signature (`wasm_bindgen_<16 hex digits>___convert__closures_____invoke___
   <argument types>___true_`, up to 300 characters); its own exports are `__wbindgen_*` and
   `__externref_*`: about 200 names whose random digits or length gzip badly. Each becomes
   `$<n>` in both files (a name the glue did not use).
3. The glue's warnings to developers are shortened, its unused `initSync` export goes, its
   whole-line comments and indentation go, and terser minifies it.
4. The custom sections no browser reads (the toolchain's `producers`, `target_features`,
   `__wasm_split_unstable`) go last: wasm-opt, run in step 1, reads the features from them.

index.html's integrity hashes are recomputed. Any surprise in wasm-bindgen's output (a newer
version writing it differently) stops the build rather than shipping a broken page.
"""
import base64
import hashlib
import os
import re
import subprocess
import sys


def fail(message):
    sys.exit(f"trim-glue: {message}")


def leb(data, i):
    """Reads an unsigned LEB128 number at i: (value, next index)."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def put_leb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def name_at(data, i):
    n, i = leb(data, i)
    return data[i : i + n].decode(), i + n


def put_name(s):
    b = s.encode()
    return put_leb(len(b)) + b


def skip_limits(body, i):
    flags, i = leb(body, i)
    _, i = leb(body, i)
    if flags & 1:
        _, i = leb(body, i)
    return i


def entries(body, kind):
    """The import (kind 2) or export (kind 7) section's entries: (module, name, rest bytes)."""
    count, i = leb(body, 0)
    out = []
    for _ in range(count):
        module = None
        if kind == 2:
            module, i = name_at(body, i)
        name, i = name_at(body, i)
        start = i
        desc = body[i]
        i += 1
        if kind == 7 or desc == 0:  # an export's index, an imported function's type
            _, i = leb(body, i)
        elif desc == 1:  # table: reference type, limits
            i = skip_limits(body, i + 1)
        elif desc == 2:  # memory: limits
            i = skip_limits(body, i)
        elif desc == 3:  # global: value type, mutability
            i += 2
        else:
            fail(f"unknown import kind {desc}")
        out.append((module, name, body[start:i]))
    if i != len(body):
        fail("could not read the import or export section")
    return out


def put_entries(items):
    out = bytearray(put_leb(len(items)))
    for module, name, rest in items:
        if module is not None:
            out += put_name(module)
        out += put_name(name) + rest
    return bytes(out)


def map_sections(wasm, change):
    """The module with each import and export section's entries passed through change."""
    out = bytearray(wasm[:8])
    i = 8
    while i < len(wasm):
        kind = wasm[i]
        size, j = leb(wasm, i + 1)
        body = wasm[j : j + size]
        if kind in (2, 7):
            body = put_entries(change(kind, entries(body, kind)))
        out += bytes([kind]) + put_leb(len(body)) + body
        i = j + size
    return bytes(out)


def drop_custom(wasm):
    """The module without the custom sections only tools read."""
    out = bytearray(wasm[:8])
    i = 8
    while i < len(wasm):
        size, j = leb(wasm, i + 1)
        name = name_at(wasm, j)[0] if wasm[i] == 0 else None
        if name not in ("producers", "target_features", "__wasm_split_unstable"):
            out += wasm[i : j + size]
        i = j + size
    return bytes(out)


def imports(wasm):
    found = []

    def keep(kind, items):
        if kind == 2:
            found.extend(name for _, name, _ in items)
        return items

    map_sections(wasm, keep)
    return set(found)


STREAMS = re.compile(r"^(__wbg_)?intounderlying")
# Exports wasm-bindgen 0.2.130 adds for tools and for an abort hook the glue here never reads.
UNREAD = re.compile(
    r"^(_WASM_SPLIT_MARKER_\w+|__abort_handler|__instance_terminated|__wbindgen_\w+|__externref_\w+)$"
)


def drop_streams(wasm, path, js):
    """wasm-streams' exports (and the exports the glue `js` never names) removed, and the code
    only they reached dropped (by wasm-opt)."""
    dropped = []

    def unused(name):
        return STREAMS.match(name) or UNREAD.match(name) and name not in js

    def change(kind, items):
        if kind != 7:
            return items
        dropped.extend(n for _, n, _ in items if unused(n))
        return [e for e in items if not unused(e[1])]

    wasm = map_sections(wasm, change)
    if not dropped:
        return wasm
    tmp = path + ".trim"
    open(tmp, "wb").write(wasm)
    # Stack IR as trunk's `wasm-opt -Oz` made it: without it, rewriting the module grows it.
    opt = ["--remove-unused-module-elements", "--generate-stack-ir", "--optimize-stack-ir"]
    levels = ["--shrink-level=2", "--optimize-level=2"]
    subprocess.run(["wasm-opt", *opt, *levels, tmp, "-o", tmp], check=True)
    wasm = open(tmp, "rb").read()
    os.remove(tmp)
    return wasm


LONG = re.compile(
    r"^(__wbg_.*_[0-9a-f]{16}|wasm_bindgen__convert__closures_.*__h[0-9a-f]{16}(_\d+)?"
    r"|wasm_bindgen_[0-9a-f]{16}___convert__closures_.*_true_(_\d+_)?|__wbindgen_\w+|__externref_\w+)$"
)


def shorten(wasm):
    names = {}

    def short(name):
        if not LONG.match(name):
            return name
        if name not in names:
            n, digits = len(names), ""
            while True:
                digits = "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36] + digits
                n //= 36
                if not n:
                    break
            names[name] = "$" + digits
        return names[name]

    def change(kind, items):
        return [(module, short(name), rest) for module, name, rest in items]

    return map_sections(wasm, change), names


def word(name):
    return re.compile(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])")


WARNINGS = [
    (r'"`WebAssembly\.instantiateStreaming` failed because [^"]*"', '"Wasm not served as application/wasm:"'),
    (r"'using deprecated parameters for the initialization function; pass a single object instead'", "'init: pass one object'"),
]


def trim_js(js, names, wanted):
    # wasm-streams' classes, their dispose hooks, finalization registries and enum.
    js, classes = re.subn(r"(?ms)^export class IntoUnderlying\w* \{\n.*?^\}\n", "", js)
    js = re.sub(r"(?m)^if \(Symbol\.dispose\) IntoUnderlying\w*\.prototype.*\n", "", js)
    js = re.sub(r"(?m)^const IntoUnderlying\w*Finalization = .*\n(^    .*\n)*", "", js)
    js = re.sub(r"(?m)^const __wbindgen_enum_ReadableStreamType = .*\n", "", js)
    if re.search(r"(?i)intounderlying|ReadableStreamType", js) or classes not in (0, 3):
        fail("wasm-streams' classes are not where they were expected in the glue")
    for long, short in names.items():
        if word(short).search(js):
            fail(f"the glue already uses the name {short}")
        js, n = word(long).subn(short, js)
        if n == 0:
            fail(f"{long} is not in the glue")
    # The import object: one `name: function…` entry per import; drop those the wasm lost.
    start = js.index("function __wbg_get_imports() {")
    end = js.index("\n    };\n", start)
    parts = re.split(r"(?m)^(?=        [\w$]+: )", js[start:end])
    kept = [parts[0]]
    for part in parts[1:]:
        key = part.split(":", 1)[0].strip()
        if key == "__proto__" or key in wanted:
            kept.append(part)
        elif word(key).search(js[:start] + js[end:]):
            fail(f"{key} left the wasm but the glue still uses it")
    js = js[:start] + "".join(kept) + js[end:]
    # Its warnings to developers (a server sending Wasm with the wrong MIME type, the deprecated
    # way to call init) in a few words each: 0.1 KB gzip.
    for long, short in WARNINGS:
        js, n = re.subn(long, short, js)
        if n != 1:
            fail(f"wasm-bindgen's warning {long!r} is not in the glue once")
    # trunk's loader calls the default export (`init`) alone: `initSync` leaves the exports, and
    # terser drops the function.
    js, n = re.subn(r"(?m)^export \{ initSync, __wbg_init as default \};$", "export { __wbg_init as default };", js)
    if n != 1:
        fail("the glue's exports are not `initSync` and the default `__wbg_init`")
    # Whole-line comments and indentation out (trunk's JS minifier cannot read the glue). Safe
    # while no template literal spans lines, which an odd count of backticks on a line shows.
    lines = [line.strip() for line in js.split("\n")]
    lines = [line for line in lines if not line.startswith("//")]
    if any(line.count("`") % 2 for line in lines):
        fail("a template literal spans lines in the glue")
    return "\n".join(lines)


def minify(path):
    """npm's terser (package.json) compresses the glue and shortens its local names: 1 KB gzip.
    The import object's keys and the module's exports keep their names. Function declarations
    are hoisted (as JavaScript hoists them anyway): 11 bytes gzip less; more
    compress passes made it 38 bytes larger."""
    try:
        subprocess.run(
            ["terser", path, "--module", "--compress", "hoist_funs=true", "--mangle", "-o", path],
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as e:
        fail(f"terser could not minify the glue ({e}); run `npm ci`")


def integrity(path):
    digest = hashlib.sha384(open(path, "rb").read()).digest()
    return "sha384-" + base64.b64encode(digest).decode()


def main():
    if os.environ.get("TRUNK_PROFILE") != "release":
        return
    d = os.environ["TRUNK_STAGING_DIR"]
    wasms = [f for f in os.listdir(d) if f.endswith("_bg.wasm")]
    if len(wasms) != 1:
        fail(f"expected one _bg.wasm in {d}, found {wasms}")
    wasm_path = os.path.join(d, wasms[0])
    js_path = wasm_path[: -len("_bg.wasm")] + ".js"
    html_path = os.path.join(d, "index.html")
    before = {p: integrity(p) for p in (wasm_path, js_path)}

    wasm = drop_streams(open(wasm_path, "rb").read(), wasm_path, open(js_path).read())
    wasm, names = shorten(wasm)
    wasm = drop_custom(wasm)
    js = trim_js(open(js_path).read(), names, imports(wasm))
    open(wasm_path, "wb").write(wasm)
    open(js_path, "w").write(js)
    minify(js_path)

    html = open(html_path).read()
    for p, hash_before in before.items():
        if hash_before not in html:
            fail(f"no integrity hash for {os.path.basename(p)} in index.html")
        html = html.replace(hash_before, integrity(p))
    open(html_path, "w").write(html)
    print(f"trim-glue: wasm-streams' exports dropped, {len(names)} names shortened")


if __name__ == "__main__":
    main()
