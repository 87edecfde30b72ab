# A BaseExceptionGroup holding SystemExit is not SystemExit: status 1, tree printed.
print("before")
raise BaseExceptionGroup("stop", [SystemExit(3), ExceptionGroup("inner", [ValueError("v")])])
