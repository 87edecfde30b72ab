# An uncaught FileNotFoundError from open(); output printed before it must
# still reach stdout (flushed at exit).
print("before the error")
with open("_io_tmp_missing_dir/nothing.txt") as f:
    print(f.read())
