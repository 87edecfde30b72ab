# uncaught TypeError: int + str
count = 5
label = " apples"
print("adding...")
print(count + label)
