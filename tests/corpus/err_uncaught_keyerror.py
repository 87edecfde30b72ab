# uncaught KeyError
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config["password"])
