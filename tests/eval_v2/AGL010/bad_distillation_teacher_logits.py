import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

teacher = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 5))
student = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 5))
T = 2.0


def distill_loss(x):
    teacher_logits = teacher(x)
    teacher_logits.requires_grad_(False)  # expect: AGL010
    return F.kl_div(
        F.log_softmax(student(x) / T, -1), F.softmax(teacher_logits / T, -1), reduction="batchmean"
    )


print(distill_loss(torch.randn(4, 8)).item())
