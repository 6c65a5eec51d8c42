import torch
import torch.nn as nn

torch.manual_seed(4)
model = nn.GRU(2, 4, batch_first=True)
seq = torch.randn(2, 5, 2)
with torch.inference_mode():
    out, _ = model(seq)
    loss = out.pow(2).mean()
loss.backward()  # expect: AGL011
