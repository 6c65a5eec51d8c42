import torch
import torch.nn as nn


class Distiller:
    def __init__(self):
        self.teacher = nn.Linear(6, 4)
        self.student = nn.Linear(6, 4)

    def step(self, x):
        with torch.no_grad():
            t = self.teacher(x).softmax(-1)
            s = self.student(x).log_softmax(-1)
        loss = nn.functional.kl_div(s, t, reduction="batchmean")
        loss.backward()  # expect: AGL011


torch.manual_seed(7)
Distiller().step(torch.randn(3, 6))
