# shutil: copyfile, copy, copy2, copytree, rmtree, move, make_archive-free
# ops, disk_usage shape, in a temp dir. No temp paths are printed.
import os
import shutil
import tempfile


def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for fn in sorted(filenames):
            with open(os.path.join(dirpath, fn)) as f:
                out.append((os.path.normpath(os.path.join(rel, fn)), f.read()))
    return out


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("src/pkg/sub")
    for name, text in [("src/a.txt", "alpha"), ("src/pkg/b.py", "beta"),
                       ("src/pkg/sub/c.txt", "gamma"), ("src/pkg/junk.pyc", "x")]:
        with open(name, "w") as f:
            f.write(text)

    r = shutil.copyfile("src/a.txt", "a_copy.txt")
    print(r, open("a_copy.txt").read())
    os.chmod("src/a.txt", 0o640)
    print(shutil.copy("src/a.txt", "copied.txt"), oct(os.stat("copied.txt").st_mode & 0o777))
    os.mkdir("dest")
    print(shutil.copy("src/a.txt", "dest"), os.listdir("dest"))
    shutil.copy2("src/a.txt", "two.txt")
    print(os.stat("two.txt").st_mtime == os.stat("src/a.txt").st_mtime)
    try:
        shutil.copyfile("src/a.txt", "src/a.txt")
    except shutil.SameFileError as e:
        print("SameFileError", type(e).__mro__[1].__name__)
    try:
        shutil.copyfile("missing.txt", "x.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)

    print(shutil.copytree("src", "mirror"))
    print(tree("mirror"))
    shutil.copytree("src", "filtered", ignore=shutil.ignore_patterns("*.pyc", "sub"))
    print(tree("filtered"))
    try:
        shutil.copytree("src", "mirror")
    except FileExistsError:
        print("FileExistsError")
    shutil.copytree("src", "mirror", dirs_exist_ok=True)
    print(len(tree("mirror")))

    print(shutil.move("a_copy.txt", "moved.txt"), os.path.exists("a_copy.txt"))
    print(shutil.move("moved.txt", "dest"), sorted(os.listdir("dest")))
    print(shutil.move("filtered", "renamed_dir"), os.path.isdir("filtered"))
    print(tree("renamed_dir"))

    shutil.rmtree("mirror")
    print(os.path.exists("mirror"))
    try:
        shutil.rmtree("mirror")
    except FileNotFoundError:
        print("rmtree FileNotFoundError")
    shutil.rmtree("mirror", ignore_errors=True)
    errors = []
    shutil.rmtree("nothing", onerror=lambda fn, path, info: errors.append((fn.__name__, path, info[0].__name__)))
    # Which os function failed differs: Taipan has no dir_fd functions, so
    # rmtree takes the path-based route (docs/compat.md).
    print(errors[0][1:], all(e[2] == 'FileNotFoundError' for e in errors))

    with open("src/a.txt") as fsrc, open("stream.txt", "w") as fdst:
        shutil.copyfileobj(fsrc, fdst, length=2)
    print(open("stream.txt").read())
    print(shutil.which("definitely-not-a-real-program-xyz"))
    cols = shutil.get_terminal_size((77, 22))
    print(type(cols).__name__, len(cols))
    print(sorted(os.listdir(".")))
    os.chdir("/")
print(os.path.exists(tmp))
