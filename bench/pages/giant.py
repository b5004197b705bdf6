"""Prints a long synthetic article: N sentences (argv[1]) a newsroom would check, ten to a paragraph, each one a claim
with its own figures so that no two are alike; argv[2] makes the text unique (its first line)."""
import sys

sentences, tag = int(sys.argv[1]), sys.argv[2]
cities = ["Valparaiso", "Callao", "Santos", "Cartagena", "Veracruz", "Guayaquil", "Montevideo", "Colon"]
goods = ["copper", "lithium", "soy", "coffee", "timber", "cement", "fertiliser", "steel"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
print("Port traffic ledger " + tag + "\n")
paragraph = []
for n in range(sentences):
    paragraph.append("Port officials in %s said %d containers of %s left the terminal on %s %d, %d."
                     % (cities[n % 8], 100 + n, goods[(n // 8) % 8], months[(n // 64) % 10], 1 + n % 28, 1990 + n % 35))
    if len(paragraph) == 10:
        print(" ".join(paragraph) + "\n")
        paragraph = []
if paragraph:
    print(" ".join(paragraph))
