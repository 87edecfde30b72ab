# uncaught IndexError: string index out of range
word = "hey"
for i in range(5):
    print(i, word[i])
