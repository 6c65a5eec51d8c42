import torch as T

prev = T.zeros(2)
for _ in range(3):
    cur = T.tensor(prev, requires_grad=True)  # expect: AGL016
    prev = (cur + 1).detach()
print(prev)
