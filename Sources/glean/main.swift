print("glean")
