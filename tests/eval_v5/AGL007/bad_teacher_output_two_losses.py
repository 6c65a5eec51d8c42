import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(81)
teacher = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3))
student = nn.Linear(6, 3)
x, y = torch.randn(5, 6), torch.randint(0, 3, (5,))
t_logits = teacher(x)
distill = F.kl_div(student(x).log_softmax(-1), t_logits.softmax(-1), reduction="batchmean")
distill.backward()
teacher_ce = F.cross_entropy(t_logits, y)
teacher_ce.backward()  # expect: AGL007
