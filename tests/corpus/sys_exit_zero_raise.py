# raise SystemExit(0)
print("clean exit")
raise SystemExit(0)
